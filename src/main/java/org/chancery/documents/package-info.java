/**
 * Official documents: drafting, the 行文 rules, routing on the BPMN engine, versions, reference numbers,
 * the GB/T 9704 layout, signed PDFs, dispatch and receipts.
 */
@ApplicationModule(allowedDependencies = { "kernel", "audit", "organization", "identity", "secrecy", "workflow" })
@NullMarked
package org.chancery.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
