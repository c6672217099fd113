/**
 * Classified information: levels and markings, clearances, classification officers, need-to-know,
 * and the one {@link org.chancery.secrecy.AccessPolicy} every read and write of a protected item passes.
 */
@ApplicationModule(allowedDependencies = { "kernel", "audit", "organization", "identity", "workflow" })
@NullMarked
package org.chancery.secrecy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
