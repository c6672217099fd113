package org.chancery.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.chancery.audit.internal.AuditStore;
import org.chancery.audit.internal.CheckpointKeys;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor's view of the log: filtered entries, checkpoints, and proofs. Reading is the security
 * auditor's alone.
 */
@Service
public class AuditLog {

	private final AuditStore store;
	private final CheckpointKeys keys;
	private final Clock clock;

	AuditLog(AuditStore store, CheckpointKeys keys, Clock clock) {
		this.store = store;
		this.keys = keys;
		this.clock = clock;
	}

	public record Filter(@Nullable String actor, @Nullable String action, @Nullable String object,
			@Nullable Outcome outcome, @Nullable Instant from, @Nullable Instant to) {

		public static Filter none() {
			return new Filter(null, null, null, null, null, null);
		}
	}

	public record EntryPage(List<AuditEntry> entries, int page, int size, long total) {

		public int totalPages() {
			return (int) ((total + size - 1) / size);
		}
	}

	@PreAuthorize("hasRole('SECURITY_AUDITOR')")
	@Transactional(readOnly = true)
	public EntryPage entries(Filter filter, int page, int size) {
		int safeSize = Math.clamp(size, 1, 500);
		int safePage = Math.max(page, 0);
		var criteria = new AuditStore.Criteria(blankToNull(filter.actor()), blankToNull(filter.action()),
				blankToNull(filter.object()), filter.outcome(), filter.from(), filter.to());
		return new EntryPage(store.find(criteria, safePage * safeSize, safeSize), safePage, safeSize, store.count(criteria));
	}

	@PreAuthorize("hasRole('SECURITY_AUDITOR')")
	@Transactional(readOnly = true)
	public AuditEntry entry(long seq) {
		return store.entry(seq).orElseThrow(NotFoundException::new);
	}

	@PreAuthorize("hasRole('SECURITY_AUDITOR')")
	@Transactional(readOnly = true)
	public List<Checkpoint> checkpoints() {
		return store.checkpoints();
	}

	public String publicKeyBase64() {
		return keys.publicKeyBase64();
	}

	public String keyId() {
		return keys.keyId();
	}

	/**
	 * Signs the log's current head, unless a checkpoint for that size exists already. Several nodes may
	 * race here; the tree size is the key, so only one checkpoint per size is kept.
	 */
	@Transactional
	public Optional<Checkpoint> writeCheckpoint() {
		MerkleTree.CompactRange head = store.head();
		if (head.size() == 0 || store.checkpoint(head.size()).isPresent()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		byte[] root = head.root();
		Checkpoint unsigned = new Checkpoint(head.size(), root, now, keys.keyId(), new byte[0]);
		Checkpoint signed = new Checkpoint(head.size(), root, unsigned.createdAt(), keys.keyId(), keys.sign(unsigned.signedBytes()));
		try {
			store.insertCheckpoint(signed);
		}
		catch (DuplicateKeyException raced) {
			return Optional.empty();
		}
		return Optional.of(signed);
	}

	/** An audit path for one entry up to a checkpoint (the latest one when none is named). */
	@PreAuthorize("hasRole('SECURITY_AUDITOR')")
	@Transactional(readOnly = true)
	public InclusionProof inclusionProof(long seq, @Nullable Long treeSize) {
		Checkpoint checkpoint = (treeSize == null ? store.latestCheckpoint() : store.checkpoint(treeSize))
			.orElseThrow(() -> new DomainException("audit.proof.noCheckpoint"));
		if (seq < 0 || seq >= checkpoint.treeSize()) {
			throw new DomainException("audit.proof.notCovered", seq, checkpoint.treeSize());
		}
		AuditEntry entry = store.entry(seq).orElseThrow(NotFoundException::new);
		List<byte[]> leaves = store.leafHashes(checkpoint.treeSize());
		return new InclusionProof(entry, entry.canonical(), MerkleTree.inclusionProof(leaves, (int) seq), checkpoint,
				keys.publicKeyBase64());
	}

	/** Proves that the log at checkpoint {@code from} is a prefix of the log at checkpoint {@code to}. */
	@PreAuthorize("hasRole('SECURITY_AUDITOR')")
	@Transactional(readOnly = true)
	public ConsistencyProof consistencyProof(long from, long to) {
		if (from <= 0 || from > to) {
			throw new DomainException("audit.proof.badRange", from, to);
		}
		Checkpoint older = store.checkpoint(from).orElseThrow(() -> new DomainException("audit.proof.unknownCheckpoint", from));
		Checkpoint newer = store.checkpoint(to).orElseThrow(() -> new DomainException("audit.proof.unknownCheckpoint", to));
		List<byte[]> leaves = store.leafHashes(to);
		return new ConsistencyProof(older, newer, MerkleTree.consistencyProof(leaves, (int) from), keys.publicKeyBase64());
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
