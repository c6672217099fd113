package org.chancery.secrecy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.chancery.kernel.DomainException;
import org.jspecify.annotations.Nullable;

/** A designated classification officer of a unit, who approves markings up to a level. */
@Entity
@Table(name = "sec_officer")
public class ClassificationOfficer {

	@Id
	private UUID id;
	@Column(name = "unit_id", nullable = false)
	private UUID unitId;
	@Column(name = "account_id", nullable = false)
	private UUID accountId;
	@Enumerated(EnumType.STRING)
	@Column(name = "max_level", nullable = false, length = 20)
	private Level maxLevel;
	@Column(name = "appointed_at", nullable = false)
	private Instant appointedAt;
	@Column(name = "ended_at")
	private @Nullable Instant endedAt;

	protected ClassificationOfficer() {
	}

	ClassificationOfficer(UUID id, UUID unitId, UUID accountId, Level maxLevel, Instant appointedAt) {
		this.id = id;
		this.unitId = unitId;
		this.accountId = accountId;
		this.maxLevel = maxLevel;
		this.appointedAt = appointedAt;
	}

	void end(Instant at) {
		if (endedAt != null) {
			throw new DomainException("officer.alreadyEnded");
		}
		endedAt = at;
	}

	public UUID id() { return id; }
	public UUID unitId() { return unitId; }
	public UUID accountId() { return accountId; }
	public Level maxLevel() { return maxLevel; }
	public Instant appointedAt() { return appointedAt; }
	public @Nullable Instant endedAt() { return endedAt; }
	public boolean current() { return endedAt == null; }
}
