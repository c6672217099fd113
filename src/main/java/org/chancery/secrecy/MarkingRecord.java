package org.chancery.secrecy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One marking an item had; the latest is current and the earlier ones are shown cancelled. */
@Entity
@Table(name = "sec_marking_history")
public class MarkingRecord {

	@Id
	private UUID id;
	@Column(name = "item_id", nullable = false)
	private UUID itemId;
	@Column(nullable = false, length = 200)
	private String marking;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ProtectedItem.State state;
	@Column(nullable = false, length = 500)
	private String reason;
	@Column(name = "changed_by", nullable = false, length = 40)
	private String changedBy;
	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected MarkingRecord() {
	}

	MarkingRecord(UUID id, UUID itemId, String marking, ProtectedItem.State state, String reason, String changedBy, Instant changedAt) {
		this.id = id;
		this.itemId = itemId;
		this.marking = marking;
		this.state = state;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public UUID itemId() { return itemId; }
	/** As written; 解密 once declassified. */
	public String marking() { return marking; }
	public ProtectedItem.State state() { return state; }
	public String reason() { return reason; }
	public String changedBy() { return changedBy; }
	public Instant changedAt() { return changedAt; }
}
