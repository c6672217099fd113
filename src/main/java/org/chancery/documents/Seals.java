package org.chancery.documents;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.identity.ChanceryUser;
import org.chancery.kernel.Blobs;
import org.chancery.kernel.FieldException;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Organization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seal images of issuing units, set by the system administrator: a PNG (with transparency) of at
 * most 2 MB. A unit without one is printed with a drawn seal bearing its name.
 */
@Service
@Transactional
public class Seals {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	private final JdbcTemplate jdbc;
	private final Blobs blobs;
	private final Organization organization;
	private final AuditTrail audit;
	private final Clock clock;

	Seals(JdbcTemplate jdbc, Blobs blobs, Organization organization, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.blobs = blobs;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void set(UUID unitId, byte[] png) {
		if (organization.units().stream().noneMatch(u -> u.id().equals(unitId))) {
			throw new NotFoundException();
		}
		if (png.length == 0 || png.length > MAX_BYTES || !FileKinds.detect(png).filter("image/png"::equals).isPresent()) {
			throw new FieldException("file", "seal.png", MAX_BYTES / (1024 * 1024));
		}
		String blob = blobs.put(png);
		UUID me = ChanceryUser.current().orElseThrow(NotFoundException::new).accountId();
		Timestamp now = Timestamp.from(clock.instant());
		if (jdbc.update("update doc_seal set blob = ?, uploaded_by = ?, uploaded_at = ? where unit_id = ?", blob, me, now, unitId) == 0) {
			jdbc.update("insert into doc_seal (unit_id, blob, uploaded_by, uploaded_at) values (?,?,?,?)", unitId, blob, me, now);
		}
		audit.record(AuditRecord.success("document.seal.set", "unit", unitId, "seal image " + blob.substring(0, 12)));
	}

	/** Which units have a seal image, with when it was set. */
	@Transactional(readOnly = true)
	public Map<UUID, java.time.Instant> units() {
		Map<UUID, java.time.Instant> all = new java.util.HashMap<>();
		jdbc.query("select unit_id, uploaded_at from doc_seal", rs -> {
			all.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
		});
		return all;
	}

	/** The seal image of a unit, for printing. */
	@Transactional(readOnly = true)
	Optional<byte[]> image(UUID unitId) {
		return jdbc.query("select blob from doc_seal where unit_id = ?", (rs, i) -> rs.getString(1), unitId).stream().findFirst().map(blobs::get);
	}
}
