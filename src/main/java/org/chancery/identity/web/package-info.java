/** Pages and REST API of the identity module: accounts, roles, one's own account and API tokens. */
@NullMarked
package org.chancery.identity.web;

import org.jspecify.annotations.NullMarked;
