package org.chancery.documents;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A leader lets a deputy sign in their place for a time; such signatures carry 代. */
@Entity
@Table(name = "doc_delegation")
public class Delegation {

	@Id
	private UUID id;
	@Column(name = "principal_id", nullable = false)
	private UUID principalId;
	@Column(name = "deputy_id", nullable = false)
	private UUID deputyId;
	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;
	@Column(name = "valid_until", nullable = false)
	private LocalDate validUntil;
	@Column(nullable = false, length = 500)
	private String reason;

	protected Delegation() {
	}

	Delegation(UUID principalId, UUID deputyId, LocalDate validFrom, LocalDate validUntil, String reason) {
		this.id = UUID.randomUUID();
		this.principalId = principalId;
		this.deputyId = deputyId;
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.reason = reason;
	}

	public UUID id() { return id; }
	public UUID principalId() { return principalId; }
	public UUID deputyId() { return deputyId; }
	public LocalDate validFrom() { return validFrom; }
	public LocalDate validUntil() { return validUntil; }
	public String reason() { return reason; }

	public boolean validOn(LocalDate day) {
		return !day.isBefore(validFrom) && !day.isAfter(validUntil);
	}
}
