package org.chancery.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One entry of the log, a leaf of its Merkle tree.
 *
 * <p>Canonical encoding, version 1 (what the leaf hash covers): the byte 0x01; the sequence number and
 * the time in microseconds since the epoch (UTC), each as a signed 64-bit big-endian integer; then actor,
 * action, object type, object id, remote address, outcome and details, each as a 32-bit big-endian byte
 * length followed by its UTF-8 bytes. The leaf hash is SHA-256(0x00 || encoding).
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String objectType,
		String objectId, String remoteAddr, Outcome outcome, String details) {

	static final byte VERSION = 1;

	public AuditEntry {
		occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
	}

	public byte[] canonical() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(128 + details.length());
		out.write(VERSION);
		ByteBuffer numbers = ByteBuffer.allocate(16);
		numbers.putLong(seq);
		numbers.putLong(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt));
		out.writeBytes(numbers.array());
		for (String field : new String[] { actor, action, objectType, objectId, remoteAddr, outcome.name(), details }) {
			byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
			out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
			out.writeBytes(bytes);
		}
		return out.toByteArray();
	}

	public byte[] leafHash() {
		return MerkleTree.leafHash(canonical());
	}

	public String leafHashHex() {
		return HexFormat.of().formatHex(leafHash());
	}

	/** Reads the canonical encoding back; rejects anything that is not exactly one version-1 entry. */
	public static AuditEntry decode(byte[] canonical) {
		ByteBuffer in = ByteBuffer.wrap(canonical);
		if (in.get() != VERSION) {
			throw new IllegalArgumentException("unknown audit entry encoding version");
		}
		long seq = in.getLong();
		Instant at = Instant.EPOCH.plus(in.getLong(), ChronoUnit.MICROS);
		String[] f = new String[7];
		for (int i = 0; i < f.length; i++) {
			int length = in.getInt();
			if (length < 0 || length > in.remaining()) {
				throw new IllegalArgumentException("truncated audit entry encoding");
			}
			byte[] bytes = new byte[length];
			in.get(bytes);
			f[i] = new String(bytes, StandardCharsets.UTF_8);
		}
		if (in.hasRemaining()) {
			throw new IllegalArgumentException("trailing bytes after audit entry encoding");
		}
		return new AuditEntry(seq, at, f[0], f[1], f[2], f[3], f[4], Outcome.valueOf(f[5]), f[6]);
	}
}
