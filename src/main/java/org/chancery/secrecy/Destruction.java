package org.chancery.secrecy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.chancery.kernel.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * The destruction of a copy: requested with method and place, then approved by one person and
 * witnessed by another, each different from the others. Only then is the copy destroyed.
 */
@Entity
@Table(name = "sec_destruction")
public class Destruction {

	@Id
	private UUID id;
	@Column(name = "copy_id", nullable = false)
	private UUID copyId;
	@Column(nullable = false, length = 200)
	private String method;
	@Column(nullable = false, length = 200)
	private String place;
	@Column(name = "requested_by", nullable = false)
	private UUID requestedBy;
	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;
	@Column(name = "approved_by")
	private @Nullable UUID approvedBy;
	@Column(name = "approved_at")
	private @Nullable Instant approvedAt;
	@Column(name = "witnessed_by")
	private @Nullable UUID witnessedBy;
	@Column(name = "witnessed_at")
	private @Nullable Instant witnessedAt;

	protected Destruction() {
	}

	Destruction(UUID id, UUID copyId, String method, String place, UUID requestedBy, Instant requestedAt) {
		this.id = id;
		this.copyId = copyId;
		this.method = method;
		this.place = place;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	void approve(UUID approver, Instant at) {
		if (approvedBy != null) {
			throw new DomainException("destruction.alreadyApproved");
		}
		if (approver.equals(requestedBy)) {
			throw new DomainException("destruction.samePerson");
		}
		approvedBy = approver;
		approvedAt = at;
	}

	/** The witness confirms; returns true when the destruction is complete. */
	void witness(UUID witness, Instant at) {
		if (approvedBy == null) {
			throw new DomainException("destruction.notApproved");
		}
		if (witnessedBy != null) {
			throw new DomainException("destruction.alreadyWitnessed");
		}
		if (witness.equals(approvedBy) || witness.equals(requestedBy)) {
			throw new DomainException("destruction.samePerson");
		}
		witnessedBy = witness;
		witnessedAt = at;
	}

	public UUID id() { return id; }
	public UUID copyId() { return copyId; }
	public String method() { return method; }
	public String place() { return place; }
	public UUID requestedBy() { return requestedBy; }
	public Instant requestedAt() { return requestedAt; }
	public @Nullable UUID approvedBy() { return approvedBy; }
	public @Nullable UUID witnessedBy() { return witnessedBy; }
	public @Nullable Instant witnessedAt() { return witnessedAt; }
	public boolean complete() { return witnessedBy != null; }
}
