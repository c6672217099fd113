package org.chancery.audit;

import java.util.List;

/** Proves that the log at one checkpoint is a prefix of the log at a later one: nothing was rewritten. */
public record ConsistencyProof(Checkpoint older, Checkpoint newer, List<byte[]> path, String publicKey) {
}
