/**
 * Who did what, provably: an append-only, tamper-evident log (an RFC 6962 Merkle tree with signed
 * checkpoints), its verification, proofs, and the auditor's views.
 */
@ApplicationModule(allowedDependencies = "kernel")
@NullMarked
package org.chancery.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
