package org.chancery.workflow;

import java.util.List;

/**
 * Contributed by a module that hands out work. Implementations return only what the named account
 * may see: the inbox passes the items on unchanged.
 */
public interface TodoSource {

	List<TodoItem> itemsFor(String username);
}
