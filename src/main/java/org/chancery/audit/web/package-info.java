/** The auditor's pages and the audit REST API. */
@NullMarked
package org.chancery.audit.web;

import org.jspecify.annotations.NullMarked;
