package org.chancery.audit;

import java.util.List;

/** Proves that one entry is in the log as signed by a checkpoint. */
public record InclusionProof(AuditEntry entry, byte[] canonicalEntry, List<byte[]> path, Checkpoint checkpoint,
		String publicKey) {
}
