package org.chancery.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * A signed statement of the log's state: its size and root hash at a time. The signature (Ed25519)
 * covers exactly the bytes of {@link #signedText()}.
 */
public record Checkpoint(long treeSize, byte[] rootHash, Instant createdAt, String keyId, byte[] signature) {

	public Checkpoint {
		createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
	}

	public static String signedText(long treeSize, byte[] rootHash, Instant createdAt) {
		return "chancery-audit-checkpoint/v1\n" + treeSize + "\n" + HexFormat.of().formatHex(rootHash) + "\n"
				+ createdAt.truncatedTo(ChronoUnit.MICROS) + "\n";
	}

	public byte[] signedBytes() {
		return signedText(treeSize, rootHash, createdAt).getBytes(StandardCharsets.UTF_8);
	}

	public String rootHashHex() {
		return HexFormat.of().formatHex(rootHash);
	}
}
