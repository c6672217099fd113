/** Pages and REST API of the documents module. */
@NullMarked
package org.chancery.documents.web;

import org.jspecify.annotations.NullMarked;
