package org.chancery.secrecy;

import java.time.LocalDate;
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

/** One numbered copy (carrier) of a classified item and who holds it. Copy numbers are six digits. */
@Entity
@Table(name = "sec_copy")
public class CarrierCopy {

	public enum State {
		IN_CUSTODY, IN_TRANSIT, RECEIVED, RETURNED, DESTROYED, LOST
	}

	@Id
	private UUID id;
	@Column(name = "item_id", nullable = false)
	private UUID itemId;
	@Column(nullable = false)
	private int number;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private State state;
	@Column(name = "holder_account_id")
	private @Nullable UUID holder;
	@Column(name = "holder_note", length = 200)
	private @Nullable String holderNote;
	@Column(nullable = false)
	private boolean recalled;
	/** Set on copies made by copying or extracting: the request that allowed them. */
	@Column(name = "copying_id")
	private @Nullable UUID copyingId;
	@Column(name = "due_back")
	private @Nullable LocalDate dueBack;
	@Version
	private long version;

	protected CarrierCopy() {
	}

	CarrierCopy(UUID id, UUID itemId, int number, UUID custodian) {
		this.id = id;
		this.itemId = itemId;
		this.number = number;
		this.state = State.IN_CUSTODY;
		this.holder = custodian;
	}

	/** A copy made under an approved copying request, held by the person who asked, stamped by their unit. */
	static CarrierCopy copied(UUID id, UUID itemId, int number, UUID holder, UUID copyingId, String copyingUnit) {
		CarrierCopy copy = new CarrierCopy(id, itemId, number, holder);
		copy.copyingId = copyingId;
		copy.holderNote = "复制：" + copyingUnit;
		copy.state = State.RECEIVED;
		return copy;
	}

	/** A copy received from another organ, under the number the sender gave it, held by the clerk who signed for it. */
	static CarrierCopy received(UUID id, UUID itemId, int number, UUID holder, String sender) {
		CarrierCopy copy = new CarrierCopy(id, itemId, number, holder);
		copy.holderNote = "来文：" + sender;
		copy.state = State.RECEIVED;
		return copy;
	}

	void dispatch() {
		if (state != State.IN_CUSTODY && state != State.RETURNED) {
			throw new DomainException("copy.notInCustody", label());
		}
		state = State.IN_TRANSIT;
	}

	void receivedBy(UUID recipient) {
		if (state != State.IN_TRANSIT) {
			throw new DomainException("copy.notInTransit", label());
		}
		state = State.RECEIVED;
		holder = recipient;
	}

	/** Sent by confidential transport to an organ outside Chancery: the register notes where it went. */
	void sentOutside(String destination) {
		dispatch();
		holder = null;
		holderNote = destination;
	}

	/** The outside organ signed for the copy: the register notes who signed and where. */
	void receivedOutside(String note) {
		if (state != State.IN_TRANSIT || holder != null) {
			throw new DomainException("copy.notInTransit", label());
		}
		state = State.RECEIVED;
		holderNote = note;
	}

	void recall(LocalDate due) {
		if (state != State.RECEIVED) {
			throw new DomainException("copy.notOut", label());
		}
		recalled = true;
		dueBack = due;
	}

	void returnedTo(UUID custodian) {
		if (state != State.RECEIVED && state != State.IN_TRANSIT) {
			throw new DomainException("copy.notOut", label());
		}
		state = State.RETURNED;
		holder = custodian;
		recalled = false;
		dueBack = null;
	}

	void lost(String note) {
		if (state == State.DESTROYED || state == State.LOST) {
			throw new DomainException("copy.gone", label());
		}
		state = State.LOST;
		holderNote = note;
	}

	void destroyed() {
		if (state == State.DESTROYED || state == State.LOST) {
			throw new DomainException("copy.gone", label());
		}
		state = State.DESTROYED;
		holder = null;
	}

	/** The copy number as printed: 000001. */
	public String label() {
		return String.format("%06d", number);
	}

	public UUID id() { return id; }
	public UUID itemId() { return itemId; }
	public int number() { return number; }
	public State state() { return state; }
	public @Nullable UUID holder() { return holder; }
	public @Nullable String holderNote() { return holderNote; }
	public boolean recalled() { return recalled; }
	public @Nullable LocalDate dueBack() { return dueBack; }
	public @Nullable UUID copyingId() { return copyingId; }
}
