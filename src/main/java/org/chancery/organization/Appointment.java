package org.chancery.organization;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.chancery.kernel.DomainException;
import org.jspecify.annotations.Nullable;

/** One period in which a person held a position in a unit. */
@Entity
@Table(name = "org_appointment")
public class Appointment {

	@Id
	private UUID id;
	@Column(name = "person_id", nullable = false)
	private UUID personId;
	@Column(name = "unit_id", nullable = false)
	private UUID unitId;
	@Column(nullable = false)
	private String position;
	@Column(name = "started_on", nullable = false)
	private LocalDate startedOn;
	@Column(name = "ended_on")
	private @Nullable LocalDate endedOn;

	protected Appointment() {
	}

	Appointment(UUID id, UUID personId, UUID unitId, String position, LocalDate startedOn) {
		this.id = id;
		this.personId = personId;
		this.unitId = unitId;
		this.position = position;
		this.startedOn = startedOn;
	}

	void end(LocalDate on) {
		if (on.isBefore(startedOn)) {
			throw new DomainException("appointment.endsBeforeStart", startedOn);
		}
		this.endedOn = on;
	}

	public UUID id() { return id; }
	public UUID personId() { return personId; }
	public UUID unitId() { return unitId; }
	public String position() { return position; }
	public LocalDate startedOn() { return startedOn; }
	public @Nullable LocalDate endedOn() { return endedOn; }
}
