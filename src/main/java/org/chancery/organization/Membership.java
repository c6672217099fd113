package org.chancery.organization;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.chancery.kernel.DomainException;
import org.jspecify.annotations.Nullable;

/** A person's seat in a leadership body, with their order of precedence (1 first). */
@Entity
@Table(name = "org_body_member")
public class Membership {

	@Id
	private UUID id;
	@Column(name = "body_id", nullable = false)
	private UUID bodyId;
	@Column(name = "person_id", nullable = false)
	private UUID personId;
	@Column(nullable = false)
	private int precedence;
	@Column(nullable = false)
	private String title;
	@Column(name = "joined_on", nullable = false)
	private LocalDate joinedOn;
	@Column(name = "left_on")
	private @Nullable LocalDate leftOn;

	protected Membership() {
	}

	Membership(UUID id, UUID bodyId, UUID personId, int precedence, String title, LocalDate joinedOn) {
		this.id = id;
		this.bodyId = bodyId;
		this.personId = personId;
		this.precedence = precedence;
		this.title = title;
		this.joinedOn = joinedOn;
	}

	void end(LocalDate on) {
		if (leftOn != null) {
			throw new DomainException("membership.alreadyEnded");
		}
		if (on.isBefore(joinedOn)) {
			throw new DomainException("membership.endsBeforeStart", joinedOn);
		}
		leftOn = on;
	}

	void rank(int precedence) {
		this.precedence = precedence;
	}

	public UUID id() { return id; }
	public UUID bodyId() { return bodyId; }
	public UUID personId() { return personId; }
	public int precedence() { return precedence; }
	public String title() { return title; }
	public LocalDate joinedOn() { return joinedOn; }
	public @Nullable LocalDate leftOn() { return leftOn; }
	public boolean current() { return leftOn == null; }
}
