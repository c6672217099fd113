package org.chancery.audit;

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
		byte[][] fields = { utf8(actor), utf8(action), utf8(objectType), utf8(objectId), utf8(remoteAddr), utf8(outcome.name()),
				utf8(details) };
		int size = 1 + 16 + 4 * fields.length;
		for (byte[] f : fields) {
			size += f.length;
		}
		byte[] out = new byte[size];
		out[0] = VERSION;
		int at = putLong(out, 1, seq);
		at = putLong(out, at, ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt));
		for (byte[] f : fields) {
			at = putInt(out, at, f.length);
			System.arraycopy(f, 0, out, at, f.length);
			at += f.length;
		}
		return out;
	}

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	private static int putLong(byte[] out, int at, long value) {
		for (int i = 7; i >= 0; i--) {
			out[at + 7 - i] = (byte) (value >>> (8 * i));
		}
		return at + 8;
	}

	private static int putInt(byte[] out, int at, int value) {
		for (int i = 3; i >= 0; i--) {
			out[at + 3 - i] = (byte) (value >>> (8 * i));
		}
		return at + 4;
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
