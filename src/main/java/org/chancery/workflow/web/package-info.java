/** The working-day calendar's page and REST API. */
@NullMarked
package org.chancery.workflow.web;

import org.jspecify.annotations.NullMarked;
