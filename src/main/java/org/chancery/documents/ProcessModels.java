package org.chancery.documents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.kernel.DomainException;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing models. An administrator deploys a new version of the outgoing-document model: documents
 * started afterwards follow it, running ones finish on the version they started with. A model is
 * refused unless it is the outgoing-document process and every user task is a step Chancery knows.
 */
@Service
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
public class ProcessModels {

	static final Set<String> KNOWN_STEPS = Set.of("countersign", "review", "revise", "signOff", "recheck", "register", "print", "dispatch", "file");
	static final int MAX_BYTES = 512 * 1024;

	public record ModelVersion(String id, String key, int version, String name, String deploymentId, Instant deployedAt) {
	}

	private final RepositoryService repository;
	private final AuditTrail audit;

	ProcessModels(RepositoryService repository, AuditTrail audit) {
		this.repository = repository;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<ModelVersion> versions() {
		return repository.createProcessDefinitionQuery().processDefinitionKey(Routing.PROCESS).orderByProcessDefinitionVersion().desc().list()
			.stream().map(this::view).toList();
	}

	@Transactional
	public ModelVersion deploy(String fileName, byte[] bpmn) {
		if (bpmn.length == 0 || bpmn.length > MAX_BYTES) {
			throw new DomainException("model.size", MAX_BYTES / 1024);
		}
		String name = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
		if (!name.endsWith(".bpmn20.xml") && !name.endsWith(".bpmn")) {
			name = name + ".bpmn20.xml";
		}
		var deployment = deploy(name, new String(bpmn, StandardCharsets.UTF_8));
		List<ProcessDefinition> defined = repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).list();
		if (defined.size() != 1 || !defined.getFirst().getKey().equals(Routing.PROCESS)) {
			throw new DomainException("model.wrongProcess", Routing.PROCESS);
		}
		ProcessDefinition definition = defined.getFirst();
		Set<String> unknown = repository.getBpmnModel(definition.getId()).getMainProcess().findFlowElementsOfType(UserTask.class).stream()
			.map(UserTask::getId).filter(id -> !KNOWN_STEPS.contains(id)).collect(Collectors.toSet());
		if (!unknown.isEmpty()) {
			throw new DomainException("model.unknownSteps", String.join(", ", unknown));
		}
		audit.record(AuditRecord.success("document.model.deploy", "process-model", definition.getId(), "version=" + definition.getVersion()));
		return view(definition);
	}

	private org.flowable.engine.repository.Deployment deploy(String name, String xml) {
		try {
			return repository.createDeployment().name("chancery-" + name).addString(name, xml).deploy();
		}
		catch (FlowableException | org.flowable.bpmn.exceptions.XMLException e) {
			throw new DomainException("model.invalid", e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse(""));
		}
	}

	private ModelVersion view(ProcessDefinition d) {
		var deployment = repository.createDeploymentQuery().deploymentId(d.getDeploymentId()).singleResult();
		return new ModelVersion(d.getId(), d.getKey(), d.getVersion(), d.getName() == null ? "" : d.getName(), d.getDeploymentId(),
				deployment.getDeploymentTime().toInstant());
	}
}
