/**
 * What is waiting for whom, and by when: the to-do inbox (modules contribute items through
 * {@link org.chancery.workflow.TodoSource}), and the office's working-day calendar ({@link org.chancery.workflow.WorkingDays}), on which deadlines are counted.
 */
@ApplicationModule(allowedDependencies = { "kernel", "audit" })
@NullMarked
package org.chancery.workflow;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
