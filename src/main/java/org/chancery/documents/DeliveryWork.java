package org.chancery.documents;

import java.util.List;

import org.chancery.identity.ChanceryUser;
import org.chancery.workflow.TodoItem;
import org.chancery.workflow.TodoSource;
import org.springframework.stereotype.Component;

/** Documents dispatched to the signed-in person's units and not yet signed for. */
@Component
class DeliveryWork implements TodoSource {

	private final Dispatching dispatching;

	DeliveryWork(Dispatching dispatching) {
		this.dispatching = dispatching;
	}

	@Override
	public List<TodoItem> itemsFor(String username) {
		if (ChanceryUser.current().filter(u -> u.getUsername().equals(username)).isEmpty()) {
			return List.of();
		}
		return dispatching.waitingForMe().stream()
			.map(d -> new TodoItem("documents", "todo.document.signFor", d.recipientName(), "/documents/received", d.sentAt(), null)).toList();
	}
}
