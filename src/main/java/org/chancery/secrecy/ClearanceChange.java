package org.chancery.secrecy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One grant, change or revocation of a clearance, with its written reason. A revocation has no level. */
@Entity
@Table(name = "sec_clearance_history")
public class ClearanceChange {

	@Id
	private UUID id;
	@Column(name = "account_id", nullable = false)
	private UUID accountId;
	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private @Nullable Level level;
	@Column(nullable = false, length = 500)
	private String compartments;
	@Column(nullable = false, length = 500)
	private String reason;
	@Column(name = "changed_by", nullable = false, length = 40)
	private String changedBy;
	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected ClearanceChange() {
	}

	ClearanceChange(UUID id, UUID accountId, @Nullable Level level, String compartments, String reason, String changedBy, Instant changedAt) {
		this.id = id;
		this.accountId = accountId;
		this.level = level;
		this.compartments = compartments;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public UUID accountId() { return accountId; }
	public @Nullable Level level() { return level; }
	public String compartments() { return compartments; }
	public String reason() { return reason; }
	public String changedBy() { return changedBy; }
	public Instant changedAt() { return changedAt; }
}
