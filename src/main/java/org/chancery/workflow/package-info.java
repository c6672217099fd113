/**
 * What is waiting for whom: the to-do inbox. Modules contribute items through {@link org.chancery.workflow.TodoSource};
 * the BPMN engine adapter arrives with the first routed documents.
 */
@ApplicationModule(allowedDependencies = "kernel")
@NullMarked
package org.chancery.workflow;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
