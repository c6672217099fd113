/** The security administrator's pages and the secrecy REST API. */
@NullMarked
package org.chancery.secrecy.web;

import org.jspecify.annotations.NullMarked;
