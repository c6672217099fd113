package org.chancery.documents;

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
 * One recipient's delivery of a dispatched document and its receipt. Internal units sign for it in
 * Chancery; external organs sign the dispatch list and the clerk records who signed and when;
 * classified documents travel as numbered copies, to internal units on a confidential transport
 * manifest of the secrecy module.
 */
@Entity
@Table(name = "doc_delivery")
public class Delivery {

	/** How the document travels. */
	public enum Channel {
		/** Inside Chancery, to an internal unit. */
		INTERNAL,
		/** On the dispatch list, to an external organ or a leadership body. */
		DISPATCH_LIST,
		/** A classified document: a numbered copy by confidential transport. */
		CONFIDENTIAL
	}

	public enum State {
		SENT, RECEIVED,
		/** The receiving unit sent it back at its initial review, with a reason. */
		RETURNED
	}

	@Id
	private UUID id;
	@Column(name = "document_id", nullable = false)
	private UUID documentId;
	@Enumerated(EnumType.STRING)
	@Column(name = "party_role", nullable = false, length = 20)
	private Party.Role role;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Party.Kind kind;
	@Column(name = "recipient_id", nullable = false)
	private UUID recipientId;
	@Column(name = "recipient_name", nullable = false, length = 200)
	private String recipientName;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Channel channel;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private State state;
	@Column(name = "copy_id")
	private @Nullable UUID copyId;
	@Column(name = "copy_label", length = 10)
	private @Nullable String copyLabel;
	@Column(name = "manifest_id")
	private @Nullable UUID manifestId;
	@Column(name = "sent_at", nullable = false)
	private Instant sentAt;
	@Column(name = "received_at")
	private @Nullable Instant receivedAt;
	@Column(name = "received_by", length = 200)
	private @Nullable String receivedBy;
	@Column(name = "returned_reason", length = 1000)
	private @Nullable String returnedReason;
	@Column(name = "returned_at")
	private @Nullable Instant returnedAt;
	@Column(name = "chase_count", nullable = false)
	private int chaseCount;
	@Column(name = "last_chased_at")
	private @Nullable Instant lastChasedAt;
	@Version
	private long version;

	protected Delivery() {
	}

	void receive(String by, Instant at) {
		if (state != State.SENT) {
			throw new DomainException("delivery.alreadyReceived");
		}
		this.state = State.RECEIVED;
		this.receivedBy = by;
		this.receivedAt = at;
	}

	void returned(String reason, Instant at) {
		this.state = State.RETURNED;
		this.returnedReason = reason;
		this.returnedAt = at;
	}

	void chase(Instant at) {
		if (state != State.SENT) {
			throw new DomainException("delivery.alreadyReceived");
		}
		this.chaseCount++;
		this.lastChasedAt = at;
	}

	public UUID id() { return id; }
	public UUID documentId() { return documentId; }
	public Party.Role role() { return role; }
	public Party.Kind kind() { return kind; }
	public UUID recipientId() { return recipientId; }
	public String recipientName() { return recipientName; }
	public Channel channel() { return channel; }
	public State state() { return state; }
	public @Nullable UUID copyId() { return copyId; }
	public @Nullable String copyLabel() { return copyLabel; }
	public @Nullable UUID manifestId() { return manifestId; }
	public Instant sentAt() { return sentAt; }
	public @Nullable Instant receivedAt() { return receivedAt; }
	public @Nullable String receivedBy() { return receivedBy; }
	public @Nullable String returnedReason() { return returnedReason; }
	public @Nullable Instant returnedAt() { return returnedAt; }
	public int chaseCount() { return chaseCount; }
	public @Nullable Instant lastChasedAt() { return lastChasedAt; }
}
