package org.chancery.documents;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chancery.identity.ChanceryUser;
import org.chancery.workflow.TodoItem;
import org.chancery.workflow.TodoSource;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document steps waiting for the signed-in person: the engine's open tasks of their groups, each
 * shown only if its document passes the access rule, with the deadline its urgency gave it.
 */
@Component
class DocumentWork implements TodoSource {

	private final TaskService tasks;
	private final Routing routing;
	private final Documents documents;
	private final DocumentAccess access;

	DocumentWork(TaskService tasks, Routing routing, Documents documents, DocumentAccess access) {
		this.tasks = tasks;
		this.routing = routing;
		this.documents = documents;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TodoItem> itemsFor(String username) {
		ChanceryUser me = ChanceryUser.current().orElse(null);
		if (me == null || !me.getUsername().equals(username)) {
			return List.of();
		}
		Set<String> groups = routing.groups();
		var query = tasks.createTaskQuery().processDefinitionKey(Routing.PROCESS).or().taskAssignee(me.accountId().toString());
		if (!groups.isEmpty()) {
			query = query.taskCandidateGroupIn(groups);
		}
		List<Task> open = query.endOr().orderByTaskCreateTime().asc().listPage(0, 500);
		if (open.isEmpty()) {
			return List.of();
		}
		Set<String> instances = new HashSet<>(open.stream().map(Task::getProcessInstanceId).toList());
		Map<String, OutgoingDocument> visible = documents
			.findAll(access.visible().and((r, q, cb) -> r.get("processInstanceId").in(instances)))
			.stream().collect(Collectors.toMap(OutgoingDocument::processInstanceId, Function.identity()));
		return open.stream().filter(t -> visible.containsKey(t.getProcessInstanceId())).map(t -> {
			OutgoingDocument doc = visible.get(t.getProcessInstanceId());
			return new TodoItem("documents", "todo.document." + t.getTaskDefinitionKey(), doc.title(), "/documents/" + doc.id(),
					t.getCreateTime().toInstant(), t.getDueDate() == null ? null : t.getDueDate().toInstant());
		}).toList();
	}

}
