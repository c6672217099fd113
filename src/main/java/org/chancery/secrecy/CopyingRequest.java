package org.chancery.secrecy;

import java.time.Instant;
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

/**
 * A request to copy or extract a classified item (RULES.md §1.6): 秘密 and 机密 need the approval of a
 * leader of the requesting unit, 绝密 that of the issuing (classifying) unit. Copies made keep the
 * original's marking, period and scope, are numbered in its register and carry the copying unit.
 */
@Entity
@Table(name = "sec_copying")
public class CopyingRequest {

	public enum Kind {
		COPY, EXTRACT
	}

	public enum State {
		REQUESTED, APPROVED, REFUSED, DONE
	}

	@Id
	private UUID id;
	@Column(name = "item_id", nullable = false)
	private UUID itemId;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Kind kind;
	@Column(nullable = false)
	private int count;
	@Column(nullable = false, length = 500)
	private String reason;
	@Column(name = "requested_by", nullable = false)
	private UUID requestedBy;
	@Column(name = "requesting_unit", nullable = false)
	private UUID requestingUnit;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private State state;
	@Column(name = "decided_by")
	private @Nullable UUID decidedBy;
	@Column(name = "decision_note", length = 500)
	private @Nullable String decisionNote;
	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;
	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;
	@Version
	private long version;

	protected CopyingRequest() {
	}

	CopyingRequest(UUID id, UUID itemId, Kind kind, int count, String reason, UUID requestedBy, UUID requestingUnit, Instant at) {
		this.id = id;
		this.itemId = itemId;
		this.kind = kind;
		this.count = count;
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.requestingUnit = requestingUnit;
		this.requestedAt = at;
		this.state = State.REQUESTED;
	}

	void decide(boolean approve, UUID leader, String note, Instant at) {
		if (state != State.REQUESTED) {
			throw new DomainException("copying.decided");
		}
		if (leader.equals(requestedBy)) {
			throw new DomainException("copying.ownRequest");
		}
		state = approve ? State.APPROVED : State.REFUSED;
		decidedBy = leader;
		decisionNote = note;
		decidedAt = at;
	}

	void done() {
		if (state != State.APPROVED) {
			throw new DomainException("copying.notApproved");
		}
		state = State.DONE;
	}

	public UUID id() { return id; }
	public UUID itemId() { return itemId; }
	public Kind kind() { return kind; }
	public int count() { return count; }
	public String reason() { return reason; }
	public UUID requestedBy() { return requestedBy; }
	public UUID requestingUnit() { return requestingUnit; }
	public State state() { return state; }
	public @Nullable UUID decidedBy() { return decidedBy; }
	public @Nullable String decisionNote() { return decisionNote; }
	public Instant requestedAt() { return requestedAt; }
}
