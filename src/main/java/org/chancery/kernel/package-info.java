/**
 * The shared kernel: the few types every module speaks (domain exceptions that carry a message key).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.chancery.kernel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
