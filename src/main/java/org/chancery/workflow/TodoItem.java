package org.chancery.workflow;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One thing a person must act on: what (a message key and its argument, shown in the reader's
 * language), where to do it, and by when.
 */
public record TodoItem(String module, String messageKey, String argument, String link, Instant since, @Nullable Instant due) {
}
