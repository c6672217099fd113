/** Pages and REST API of the organization module. */
@NullMarked
package org.chancery.organization.web;

import org.jspecify.annotations.NullMarked;
