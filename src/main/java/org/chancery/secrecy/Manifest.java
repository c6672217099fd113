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
 * A confidential transport run: which copies go with which courier to which recipient. Each handover is
 * confirmed by the person receiving it: the courier when taking the copies, the recipient on delivery.
 */
@Entity
@Table(name = "sec_manifest")
public class Manifest {

	public enum State {
		ASSEMBLED, WITH_COURIER, DELIVERED
	}

	@Id
	private UUID id;
	@Column(name = "courier_account_id", nullable = false)
	private UUID courier;
	@Column(name = "recipient_account_id", nullable = false)
	private UUID recipient;
	@Column(nullable = false, length = 200)
	private String destination;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private State state;
	@Column(name = "created_by", nullable = false)
	private UUID createdBy;
	@Column(name = "created_at", nullable = false)
	private Instant createdAt;
	@Column(name = "handed_at")
	private @Nullable Instant handedAt;
	@Column(name = "delivered_at")
	private @Nullable Instant deliveredAt;
	@Version
	private long version;

	protected Manifest() {
	}

	Manifest(UUID id, UUID courier, UUID recipient, String destination, UUID createdBy, Instant createdAt) {
		if (courier.equals(recipient)) {
			throw new DomainException("manifest.courierIsRecipient");
		}
		this.id = id;
		this.courier = courier;
		this.recipient = recipient;
		this.destination = destination;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.state = State.ASSEMBLED;
	}

	void courierTakes(Instant at) {
		if (state != State.ASSEMBLED) {
			throw new DomainException("manifest.wrongStep");
		}
		state = State.WITH_COURIER;
		handedAt = at;
	}

	/** The recipient confirms delivery; a delivery the courier never confirmed is a broken chain. */
	void delivered(Instant at) {
		if (state == State.DELIVERED) {
			throw new DomainException("manifest.wrongStep");
		}
		state = State.DELIVERED;
		deliveredAt = at;
	}

	public boolean chainBroken() {
		return deliveredAt != null && handedAt == null;
	}

	public UUID id() { return id; }
	public UUID courier() { return courier; }
	public UUID recipient() { return recipient; }
	public String destination() { return destination; }
	public State state() { return state; }
	public UUID createdBy() { return createdBy; }
	public Instant createdAt() { return createdAt; }
	public @Nullable Instant handedAt() { return handedAt; }
	public @Nullable Instant deliveredAt() { return deliveredAt; }
}
