package org.chancery.secrecy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One member of an item's need-to-know scope: a person or a unit. A person admitted from outside the
 * original scope carries the leader who approved it and why.
 */
@Entity
@Table(name = "sec_item_scope")
public class ScopeEntry {

	@Id
	private UUID id;
	@Column(name = "item_id", nullable = false)
	private UUID itemId;
	@Column(name = "person_id")
	private @Nullable UUID personId;
	@Column(name = "unit_id")
	private @Nullable UUID unitId;
	@Column(name = "approved_by")
	private @Nullable UUID approvedBy;
	@Column(length = 500)
	private @Nullable String reason;
	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	protected ScopeEntry() {
	}

	ScopeEntry(UUID id, UUID itemId, @Nullable UUID personId, @Nullable UUID unitId, @Nullable UUID approvedBy, @Nullable String reason,
			Instant addedAt) {
		this.id = id;
		this.itemId = itemId;
		this.personId = personId;
		this.unitId = unitId;
		this.approvedBy = approvedBy;
		this.reason = reason;
		this.addedAt = addedAt;
	}

	public UUID itemId() { return itemId; }
	public @Nullable UUID personId() { return personId; }
	public @Nullable UUID unitId() { return unitId; }
	public @Nullable UUID approvedBy() { return approvedBy; }
	public @Nullable String reason() { return reason; }
	public Instant addedAt() { return addedAt; }
}
