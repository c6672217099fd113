package org.chancery.workflow;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

/** The to-do inbox: every module's items for one person, the most urgent first. */
@Service
public class Inbox {

	private final List<TodoSource> sources;

	Inbox(List<TodoSource> sources) {
		this.sources = sources;
	}

	public List<TodoItem> itemsFor(String username) {
		return sources.stream()
			.flatMap(s -> s.itemsFor(username).stream())
			.sorted(Comparator.comparing((TodoItem i) -> i.due() == null ? java.time.Instant.MAX : i.due()).thenComparing(TodoItem::since))
			.toList();
	}
}
