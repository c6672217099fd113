package org.chancery.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.chancery.audit.AuditEntry;
import org.chancery.audit.Checkpoint;
import org.chancery.audit.MerkleTree;
import org.chancery.audit.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The log's tables, through plain JDBC on the caller's transaction: {@code audit_entry} (one row a
 * leaf), {@code audit_head} (size and right edge of the tree, locked by each append so sequence numbers
 * have no gaps) and {@code audit_checkpoint}.
 */
@Repository
public class AuditStore {

	private static final HexFormat HEX = HexFormat.of();
	private static final String ENTRY_COLUMNS = "seq, occurred_at, actor, action, object_type, object_id, remote_addr, outcome, details";

	private final JdbcTemplate jdbc;

	public AuditStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the head row until the transaction ends. */
	public MerkleTree.CompactRange lockHead() {
		return jdbc.queryForObject("select size, frontier from audit_head where id = 1 for update", AuditStore::range);
	}

	public MerkleTree.CompactRange head() {
		return jdbc.queryForObject("select size, frontier from audit_head where id = 1", AuditStore::range);
	}

	public void append(AuditEntry e, byte[] leafHash, byte[] seal, MerkleTree.CompactRange newHead) {
		jdbc.update("insert into audit_entry (" + ENTRY_COLUMNS + ", leaf_hash, seal) values (?,?,?,?,?,?,?,?,?,?,?)",
				e.seq(), micros(e.occurredAt()), e.actor(), e.action(), e.objectType(),
				e.objectId(), e.remoteAddr(), e.outcome().name(), e.details(), HEX.formatHex(leafHash), HEX.formatHex(seal));
		StringBuilder frontier = new StringBuilder();
		newHead.hashes().forEach(h -> frontier.append(HEX.formatHex(h)));
		jdbc.update("update audit_head set size = ?, frontier = ? where id = 1", newHead.size(), frontier.toString());
	}

	/** One row as stored, with its stored hash and seal, for verification. */
	public record StoredEntry(AuditEntry entry, String leafHash, String seal) {
	}

	private static final int CHUNK = 10_000;

	/**
	 * Streams every row in sequence order, in ranges of sequence numbers, so neither database has to
	 * hold (or spill to disk) one huge result. Rows outside 0..max(seq) cannot hide: negative or
	 * duplicate sequence numbers are read by the first and last ranges.
	 */
	public void forEachChunk(ChunkConsumer consumer) {
		Long max = jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
		Long min = jdbc.queryForObject("select min(seq) from audit_entry", Long.class);
		if (max == null || min == null) {
			return;
		}
		for (long from = Math.min(min, 0); from <= max; from += CHUNK) {
			long to = Math.min(from + CHUNK, max + 1);
			List<StoredEntry> rows = new ArrayList<>(CHUNK);
			jdbc.query("select " + ENTRY_COLUMNS + ", leaf_hash, seal from audit_entry where seq >= ? and seq < ? order by seq", rs -> {
				rows.add(new StoredEntry(entry(rs), rs.getString(10), rs.getString(11)));
			}, from, to);
			consumer.accept(from, to, rows);
		}
	}

	/** Receives the rows whose sequence numbers lie in [from, to), in order. */
	@FunctionalInterface
	public interface ChunkConsumer {

		void accept(long from, long to, List<StoredEntry> rows);
	}

	public List<byte[]> leafHashes(long treeSize) {
		List<byte[]> hashes = new ArrayList<>((int) treeSize);
		for (long from = 0; from < treeSize; from += CHUNK) {
			jdbc.query("select leaf_hash from audit_entry where seq >= ? and seq < ? order by seq", rs -> {
				hashes.add(HEX.parseHex(rs.getString(1)));
			}, from, Math.min(from + CHUNK, treeSize));
		}
		return hashes;
	}

	public Optional<AuditEntry> entry(long seq) {
		return jdbc.query("select " + ENTRY_COLUMNS + " from audit_entry where seq = ?", (rs, i) -> entry(rs), seq)
			.stream().findFirst();
	}

	public long count() {
		Long count = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
		return count == null ? 0 : count;
	}

	/** A filtered page, newest first. Strings match as case-insensitive substrings. */
	public List<AuditEntry> find(Criteria c, int offset, int limit) {
		Where where = where(c);
		List<Object> args = new ArrayList<>(where.args);
		args.add(limit);
		args.add(offset);
		return jdbc.query("select " + ENTRY_COLUMNS + " from audit_entry" + where.sql + " order by seq desc limit ? offset ?",
				(rs, i) -> entry(rs), args.toArray());
	}

	public long count(Criteria c) {
		Where where = where(c);
		Long count = jdbc.queryForObject("select count(*) from audit_entry" + where.sql, Long.class, where.args.toArray());
		return count == null ? 0 : count;
	}

	public record Criteria(@Nullable String actor, @Nullable String action, @Nullable String object,
			@Nullable Outcome outcome, @Nullable Instant from, @Nullable Instant to) {
	}

	private record Where(String sql, List<Object> args) {
	}

	private static Where where(Criteria c) {
		List<String> conditions = new ArrayList<>();
		List<Object> args = new ArrayList<>();
		if (c.actor() != null) {
			conditions.add("lower(actor) like ?");
			args.add(like(c.actor()));
		}
		if (c.action() != null) {
			conditions.add("lower(action) like ?");
			args.add(like(c.action()));
		}
		if (c.object() != null) {
			conditions.add("(lower(object_type) like ? or lower(object_id) like ?)");
			args.add(like(c.object()));
			args.add(like(c.object()));
		}
		if (c.outcome() != null) {
			conditions.add("outcome = ?");
			args.add(c.outcome().name());
		}
		if (c.from() != null) {
			conditions.add("occurred_at >= ?");
			args.add(micros(c.from()));
		}
		if (c.to() != null) {
			conditions.add("occurred_at < ?");
			args.add(micros(c.to()));
		}
		return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), args);
	}

	private static String like(String text) {
		return "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	public void insertCheckpoint(Checkpoint c) {
		jdbc.update("insert into audit_checkpoint (tree_size, root_hash, created_at, key_id, signature) values (?,?,?,?,?)",
				c.treeSize(), c.rootHashHex(), OffsetDateTime.ofInstant(c.createdAt(), ZoneOffset.UTC), c.keyId(),
				java.util.Base64.getEncoder().encodeToString(c.signature()));
	}

	public List<Checkpoint> checkpoints() {
		return jdbc.query("select tree_size, root_hash, created_at, key_id, signature from audit_checkpoint order by tree_size",
				CHECKPOINT);
	}

	public Optional<Checkpoint> latestCheckpoint() {
		return jdbc.query("select tree_size, root_hash, created_at, key_id, signature from audit_checkpoint "
				+ "where tree_size = (select max(tree_size) from audit_checkpoint)", CHECKPOINT).stream().findFirst();
	}

	public Optional<Checkpoint> checkpoint(long treeSize) {
		return jdbc.query("select tree_size, root_hash, created_at, key_id, signature from audit_checkpoint where tree_size = ?",
				CHECKPOINT, treeSize).stream().findFirst();
	}

	private static final RowMapper<Checkpoint> CHECKPOINT = (rs, i) -> new Checkpoint(rs.getLong(1), HEX.parseHex(rs.getString(2)),
			rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), java.util.Base64.getDecoder().decode(rs.getString(5)));

	/** Times are stored as microseconds since the epoch (UTC): exactly what the leaf hash covers. */
	static long micros(Instant instant) {
		return java.time.temporal.ChronoUnit.MICROS.between(Instant.EPOCH, instant);
	}

	private static AuditEntry entry(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong(1), Instant.EPOCH.plus(rs.getLong(2), java.time.temporal.ChronoUnit.MICROS), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), Outcome.valueOf(rs.getString(8)), rs.getString(9));
	}

	private static MerkleTree.CompactRange range(ResultSet rs, int row) throws SQLException {
		long size = rs.getLong(1);
		String frontier = rs.getString(2);
		List<byte[]> hashes = new ArrayList<>();
		for (int i = 0; i + 64 <= frontier.length(); i += 64) {
			hashes.add(HEX.parseHex(frontier, i, i + 64));
		}
		return new MerkleTree.CompactRange(size, hashes);
	}
}
