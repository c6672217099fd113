/**
 * The page shell: layout, home page with the to-do inbox, sign-in page, language switch, and the one
 * place where errors become pages and problem details.
 */
@ApplicationModule(allowedDependencies = { "kernel", "identity", "organization", "workflow", "secrecy" })
@NullMarked
package org.chancery.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
