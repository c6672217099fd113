/**
 * The organization the office serves and is made of: units, leadership bodies and their members,
 * people and their appointments, political secretaries, and external organs.
 */
@ApplicationModule(allowedDependencies = { "kernel", "audit" })
@NullMarked
package org.chancery.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
