package org.chancery.documents;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One entry of a document's timeline: who did what at which step, with their opinion. */
@Entity
@Table(name = "doc_step")
public class DocumentStep extends WrittenOnce {

	/** What happened. */
	public enum Action {
		CREATED, SAVED, SUBMITTED, AGREED, RETURNED, COMMENTED, OVERRIDDEN, SENT_FOR_SIGNATURE, SIGNED, RECHECKED, CHANGED_AFTER_SIGNING,
		REGISTERED, PRINTED, DISPATCHED, FILED
	}

	@Column(name = "document_id", nullable = false)
	private UUID documentId;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private OutgoingDocument.State step;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private Action action;
	@Column(name = "actor_id", nullable = false)
	private UUID actorId;
	@Column(name = "actor_name", nullable = false, length = 100)
	private String actorName;
	@Column(name = "on_behalf_of", length = 100)
	private @Nullable String onBehalfOf;
	@Column(length = 2000)
	private @Nullable String opinion;
	@Column(name = "version_no", nullable = false)
	private int versionNo;
	@Column(name = "acted_at", nullable = false)
	private Instant at;

	protected DocumentStep() {
	}

	DocumentStep(UUID documentId, OutgoingDocument.State step, Action action, UUID actorId, String actorName, @Nullable String onBehalfOf,
			@Nullable String opinion, int versionNo, Instant at) {
		super(UUID.randomUUID());
		this.documentId = documentId;
		this.step = step;
		this.action = action;
		this.actorId = actorId;
		this.actorName = actorName;
		this.onBehalfOf = onBehalfOf;
		this.opinion = opinion;
		this.versionNo = versionNo;
		this.at = at;
	}

	public UUID documentId() { return documentId; }
	public OutgoingDocument.State step() { return step; }
	public Action action() { return action; }
	public UUID actorId() { return actorId; }
	public String actorName() { return actorName; }
	public @Nullable String onBehalfOf() { return onBehalfOf; }
	public @Nullable String opinion() { return opinion; }
	public int versionNo() { return versionNo; }
	public Instant at() { return at; }
}
