/**
 * Who may sign in and what they may do: accounts, passwords, lockout, second factor, roles and the
 * separation of the three security duties, sessions and personal API tokens.
 */
@ApplicationModule(allowedDependencies = { "kernel", "audit", "organization" })
@NullMarked
package org.chancery.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
