package org.chancery.audit;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;

import org.chancery.audit.internal.AuditStore;
import org.chancery.audit.internal.CheckpointKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the whole log in one pass: every checkpoint's signature; every entry's sequence number, hash
 * and seal; the tree's root at every checkpoint; and that nothing was cut from the tail. It reports the
 * first entry that cannot be trusted.
 */
@Service
public class AuditVerification {

	private static final HexFormat HEX = HexFormat.of();

	private final AuditStore store;
	private final CheckpointKeys keys;

	AuditVerification(AuditStore store, CheckpointKeys keys) {
		this.store = store;
		this.keys = keys;
	}

	@Transactional(readOnly = true)
	public VerificationReport verify() {
		long started = System.nanoTime();
		List<Checkpoint> checkpoints = store.checkpoints();
		for (Checkpoint c : checkpoints) {
			if (!keys.verify(c.signedBytes(), c.signature())) {
				return VerificationReport.broken(0, 0, null, "audit.problem.checkpointSignature", elapsed(started), c.treeSize());
			}
		}
		Pass pass = new Pass(new ArrayDeque<>(checkpoints), keys.sealer());
		store.forEachEntry(pass::accept);
		Duration elapsed = elapsed(started);
		if (pass.problem != null) {
			return VerificationReport.broken(pass.expected, pass.checkpointsChecked, pass.firstBad, pass.problem, elapsed,
					pass.problemArguments);
		}
		long count = pass.range.size();
		if (!pass.pending.isEmpty()) {
			return VerificationReport.broken(count, pass.checkpointsChecked, count, "audit.problem.truncated", elapsed,
					pass.pending.getLast().treeSize(), count);
		}
		long headSize = store.head().size();
		if (headSize != count) {
			return VerificationReport.broken(count, pass.checkpointsChecked, Math.min(headSize, count),
					"audit.problem.headMismatch", elapsed, headSize, count);
		}
		return VerificationReport.ok(count, pass.checkpointsChecked, elapsed);
	}

	private static Duration elapsed(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}

	/** State of one streaming pass; stops looking after the first problem. */
	private static final class Pass {

		final Deque<Checkpoint> pending;
		final Mac sealer;
		final MerkleTree.CompactRange range = new MerkleTree.CompactRange();
		long expected;
		int checkpointsChecked;
		Long firstBad;
		String problem;
		Object[] problemArguments = new Object[0];

		Pass(Deque<Checkpoint> pending, Mac sealer) {
			this.pending = pending;
			this.sealer = sealer;
		}

		void accept(AuditStore.StoredEntry row) {
			if (problem != null) {
				return;
			}
			AuditEntry entry = row.entry();
			if (entry.seq() != expected) {
				fail(expected, entry.seq() > expected ? "audit.problem.missing" : "audit.problem.duplicate", expected);
				return;
			}
			byte[] leaf = entry.leafHash();
			if (!MessageDigest.isEqual(leaf, HEX.parseHex(row.leafHash()))) {
				fail(expected, "audit.problem.altered", expected);
				return;
			}
			if (!MessageDigest.isEqual(sealer.doFinal(leaf), HEX.parseHex(row.seal()))) {
				fail(expected, "audit.problem.sealBroken", expected);
				return;
			}
			range.append(leaf);
			expected++;
			while (!pending.isEmpty() && pending.getFirst().treeSize() == expected) {
				Checkpoint c = pending.removeFirst();
				if (!MessageDigest.isEqual(range.root(), c.rootHash())) {
					fail(null, "audit.problem.rootMismatch", c.treeSize());
					return;
				}
				checkpointsChecked++;
			}
		}

		private void fail(Long bad, String key, Object... arguments) {
			firstBad = bad;
			problem = key;
			problemArguments = arguments;
		}
	}
}
