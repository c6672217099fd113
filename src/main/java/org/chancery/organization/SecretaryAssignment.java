package org.chancery.organization;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.chancery.kernel.DomainException;
import org.jspecify.annotations.Nullable;

/** A political secretary assigned to a leader for a period. */
@Entity
@Table(name = "org_secretary")
public class SecretaryAssignment {

	@Id
	private UUID id;
	@Column(name = "leader_id", nullable = false)
	private UUID leaderId;
	@Column(name = "secretary_id", nullable = false)
	private UUID secretaryId;
	@Column(name = "started_on", nullable = false)
	private LocalDate startedOn;
	@Column(name = "ended_on")
	private @Nullable LocalDate endedOn;

	protected SecretaryAssignment() {
	}

	SecretaryAssignment(UUID id, UUID leaderId, UUID secretaryId, LocalDate startedOn) {
		if (leaderId.equals(secretaryId)) {
			throw new DomainException("secretary.self");
		}
		this.id = id;
		this.leaderId = leaderId;
		this.secretaryId = secretaryId;
		this.startedOn = startedOn;
	}

	void end(LocalDate on) {
		if (endedOn != null) {
			throw new DomainException("secretary.alreadyEnded");
		}
		if (on.isBefore(startedOn)) {
			throw new DomainException("appointment.endsBeforeStart", startedOn);
		}
		endedOn = on;
	}

	public UUID id() { return id; }
	public UUID leaderId() { return leaderId; }
	public UUID secretaryId() { return secretaryId; }
	public LocalDate startedOn() { return startedOn; }
	public @Nullable LocalDate endedOn() { return endedOn; }
	public boolean current() { return endedOn == null; }
}
