package org.chancery.audit;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The downloadable forms of the log's proofs: self-contained JSON that {@link ProofCheck} (or any
 * RFC 6962 implementation) checks without access to Chancery. Hashes are hex, bytes base64.
 */
public final class ProofFiles {

	private static final HexFormat HEX = HexFormat.of();

	private ProofFiles() {
	}

	public record EntryView(long seq, String occurredAt, String actor, String action, String objectType, String objectId,
			String remoteAddr, String outcome, String details) {
		public static EntryView of(AuditEntry e) {
			return new EntryView(e.seq(), e.occurredAt().toString(), e.actor(), e.action(), e.objectType(), e.objectId(), e.remoteAddr(),
					e.outcome().name(), e.details());
		}
	}

	public record Inclusion(String type, long leafIndex, long treeSize, String canonicalEntry, String leafHash, List<String> path,
			String rootHash, String checkpointTime, String checkpointSignature, String publicKey, EntryView entry) {
	}

	public record Consistency(String type, long fromSize, long toSize, String fromRootHash, String fromTime, String fromSignature,
			String toRootHash, String toTime, String toSignature, List<String> path, String publicKey) {
	}

	public static Inclusion of(InclusionProof p) {
		return new Inclusion("chancery-audit-inclusion/v1", p.entry().seq(), p.checkpoint().treeSize(),
				Base64.getEncoder().encodeToString(p.canonicalEntry()), p.entry().leafHashHex(), hex(p.path()), p.checkpoint().rootHashHex(),
				p.checkpoint().createdAt().toString(), Base64.getEncoder().encodeToString(p.checkpoint().signature()), p.publicKey(),
				EntryView.of(p.entry()));
	}

	public static Consistency of(ConsistencyProof p) {
		return new Consistency("chancery-audit-consistency/v1", p.older().treeSize(), p.newer().treeSize(), p.older().rootHashHex(),
				p.older().createdAt().toString(), Base64.getEncoder().encodeToString(p.older().signature()), p.newer().rootHashHex(),
				p.newer().createdAt().toString(), Base64.getEncoder().encodeToString(p.newer().signature()), hex(p.path()), p.publicKey());
	}

	private static List<String> hex(List<byte[]> hashes) {
		return hashes.stream().map(HEX::formatHex).toList();
	}
}
