package org.chancery.audit;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;

import org.chancery.audit.internal.AuditStore;
import org.chancery.audit.internal.CheckpointKeys;
import org.jspecify.annotations.Nullable;
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
		Pass pass = new Pass(new ArrayDeque<>(checkpoints));
		try (ExecutorService hashing = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("audit-verify").factory())) {
			Deque<Future<Chunk>> pending = new ArrayDeque<>();
			store.forEachChunk((from, to, rows) -> {
				pending.addLast(hashing.submit(() -> check(from, to, rows)));
				// hash one chunk while the next is read; keep at most two in memory
				while (pending.size() > 1) {
					pass.accept(join(pending.removeFirst()));
				}
			});
			while (!pending.isEmpty()) {
				pass.accept(join(pending.removeFirst()));
			}
		}
		Duration elapsed = elapsed(started);
		if (pass.problem != null) {
			return VerificationReport.broken(pass.range.size(), pass.checkpointsChecked, pass.firstBad, pass.problem, elapsed,
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

	private static Chunk join(Future<Chunk> future) {
		try {
			return future.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("audit verification interrupted", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("audit verification failed", e.getCause());
		}
	}

	/**
	 * The leaf hashes of the rows with sequence numbers in [from, to), as far as they are sound, and the
	 * first problem among them if any: a number out of place, a content that does not match its hash,
	 * or a hash that does not match its seal.
	 */
	private record Chunk(List<byte[]> leaves, @Nullable Long badSeq, @Nullable String problem) {
	}

	private Chunk check(long from, long to, List<AuditStore.StoredEntry> rows) {
		Mac sealer = keys.sealer();
		List<byte[]> leaves = new ArrayList<>(rows.size());
		long expected = from;
		for (AuditStore.StoredEntry row : rows) {
			AuditEntry entry = row.entry();
			if (entry.seq() != expected) {
				return new Chunk(leaves, expected, entry.seq() > expected ? "audit.problem.missing" : "audit.problem.duplicate");
			}
			byte[] leaf = entry.leafHash();
			if (!MessageDigest.isEqual(leaf, HEX.parseHex(row.leafHash()))) {
				return new Chunk(leaves, expected, "audit.problem.altered");
			}
			if (!MessageDigest.isEqual(sealer.doFinal(leaf), HEX.parseHex(row.seal()))) {
				return new Chunk(leaves, expected, "audit.problem.sealBroken");
			}
			leaves.add(leaf);
			expected++;
		}
		if (expected < to) {
			return new Chunk(leaves, expected, "audit.problem.missing");
		}
		return new Chunk(leaves, null, null);
	}

	/** Folds the checked chunks, in order, into the tree, comparing its root at every checkpoint. */
	private static final class Pass {

		final Deque<Checkpoint> pending;
		final MerkleTree.CompactRange range = new MerkleTree.CompactRange();
		int checkpointsChecked;
		@Nullable Long firstBad;
		@Nullable String problem;
		Object[] problemArguments = new Object[0];

		Pass(Deque<Checkpoint> pending) {
			this.pending = pending;
		}

		void accept(Chunk chunk) {
			if (problem != null) {
				return;
			}
			for (byte[] leaf : chunk.leaves()) {
				range.append(leaf);
				while (!pending.isEmpty() && pending.getFirst().treeSize() == range.size()) {
					Checkpoint c = pending.removeFirst();
					if (!MessageDigest.isEqual(range.root(), c.rootHash())) {
						fail(null, "audit.problem.rootMismatch", c.treeSize());
						return;
					}
					checkpointsChecked++;
				}
			}
			if (chunk.problem() != null) {
				fail(chunk.badSeq(), chunk.problem(), chunk.badSeq());
			}
		}

		private void fail(@Nullable Long bad, String key, Object... arguments) {
			firstBad = bad;
			problem = key;
			problemArguments = arguments;
		}
	}
}
