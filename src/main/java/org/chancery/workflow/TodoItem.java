package org.chancery.workflow;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One thing a person must act on: what, where to do it, and by when. */
public record TodoItem(String module, String title, String link, Instant since, @Nullable Instant due) {
}
