package org.chancery.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chancery.kernel.DomainException;
import org.jspecify.annotations.Nullable;

/** A unit's share of an instructed document: the lead unit (主办) reports back; a co-unit (协办) adds its part. */
@Entity
@Table(name = "doc_assignment")
public class Assignment {

	public enum State {
		OPEN, REPORTED
	}

	@Id
	private UUID id;
	@Column(name = "incoming_id", nullable = false)
	private UUID incomingId;
	@Column(name = "instruction_id", nullable = false)
	private UUID instructionId;
	@Column(name = "unit_id", nullable = false)
	private UUID unitId;
	@Column(nullable = false)
	private boolean lead;
	private @Nullable LocalDate deadline;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private State state;
	@Column(length = 4000)
	private @Nullable String report;
	@Column(name = "reported_by", length = 200)
	private @Nullable String reportedBy;
	@Column(name = "reported_at")
	private @Nullable Instant reportedAt;
	@Column(name = "chase_count", nullable = false)
	private int chaseCount;
	@Column(name = "last_chased_at")
	private @Nullable Instant lastChasedAt;
	@Version
	private long version;

	protected Assignment() {
	}

	Assignment(UUID id, UUID incomingId, UUID instructionId, UUID unitId, boolean lead, @Nullable LocalDate deadline) {
		this.id = id;
		this.incomingId = incomingId;
		this.instructionId = instructionId;
		this.unitId = unitId;
		this.lead = lead;
		this.deadline = deadline;
		this.state = State.OPEN;
	}

	void report(String text, String by, Instant at) {
		if (state == State.REPORTED) {
			throw new DomainException("assignment.reported");
		}
		this.report = text;
		this.reportedBy = by;
		this.reportedAt = at;
		this.state = State.REPORTED;
	}

	void chased(Instant at) {
		if (state == State.REPORTED) {
			throw new DomainException("assignment.reported");
		}
		this.chaseCount++;
		this.lastChasedAt = at;
	}

	public boolean overdueOn(LocalDate today) {
		return state == State.OPEN && deadline != null && deadline.isBefore(today);
	}

	public UUID id() { return id; }
	public UUID incomingId() { return incomingId; }
	public UUID instructionId() { return instructionId; }
	public UUID unitId() { return unitId; }
	public boolean lead() { return lead; }
	public @Nullable LocalDate deadline() { return deadline; }
	public State state() { return state; }
	public @Nullable String report() { return report; }
	public @Nullable String reportedBy() { return reportedBy; }
	public @Nullable Instant reportedAt() { return reportedAt; }
	public int chaseCount() { return chaseCount; }
	public @Nullable Instant lastChasedAt() { return lastChasedAt; }
}
