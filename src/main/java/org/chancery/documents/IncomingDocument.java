package org.chancery.documents;

import java.time.Instant;
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

/**
 * A document received by a unit (收文), RULES §1.5: signed for (time, copies, pages), registered with a
 * number per year, reviewed (right recipient, rules, type and format, others consulted), then returned
 * to its sender or handled — read in circulation (阅件) or proposed, instructed and assigned (办件) —
 * and closed (办结). The record keeps what the sender marked (marking, copy number, urgency) as received.
 */
@Entity
@Table(name = "doc_incoming")
@org.hibernate.annotations.DynamicUpdate
public class IncomingDocument {

	/** How it came in. */
	public enum Source {
		/** From Chancery's own dispatch, to an internal unit. */
		CHANCERY,
		/** An external organ's PDF or scan, uploaded with its metadata. */
		UPLOAD,
		/** A signed package delivered by the sending organ's system through the API. */
		PACKAGE,
		/** On paper; the scan is attached later. */
		PAPER
	}

	public enum State {
		/** Delivered, waiting to be signed for. */
		ARRIVED,
		/** Signed for, waiting for its registration number. */
		SIGNED_FOR,
		/** Registered, waiting for the initial review. */
		REGISTERED,
		/** Sent back to its sender with a reason. */
		RETURNED,
		/** Reviewed and being handled: proposal, instructions, circulation, assignments. */
		HANDLING,
		/** Handling closed (办结). */
		DONE
	}

	/** For information (阅件) or for action (办件). */
	public enum Purpose {
		INFORMATION, ACTION
	}

	@Id
	private UUID id;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Source source;
	@Column(name = "outgoing_id")
	private @Nullable UUID outgoingId;
	@Column(name = "delivery_id")
	private @Nullable UUID deliveryId;
	@Column(name = "receiving_unit_id", nullable = false)
	private UUID receivingUnitId;
	@Enumerated(EnumType.STRING)
	@Column(name = "sender_kind", length = 10)
	private Party.@Nullable Kind senderKind;
	@Column(name = "sender_id")
	private @Nullable UUID senderId;
	@Column(name = "sender_name", nullable = false, length = 200)
	private String senderName;
	@Column(name = "sender_reference", length = 60)
	private @Nullable String senderReference;
	@Column(nullable = false, length = 300)
	private String title;
	@Enumerated(EnumType.STRING)
	@Column(name = "doc_type", length = 20)
	private @Nullable DocumentType type;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Urgency urgency;
	@Column(length = 200)
	private @Nullable String marking;
	/** The level's ordinal in {@link org.chancery.secrecy.Level}, for filters; access is decided by the secrecy register. */
	@Column(name = "level_rank", nullable = false)
	private int levelRank;
	@Column(name = "copy_number", length = 10)
	private @Nullable String copyNumber;
	@Column(name = "issued_on")
	private @Nullable LocalDate issuedOn;
	private @Nullable Integer copies;
	private @Nullable Integer pages;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private State state;
	@Enumerated(EnumType.STRING)
	@Column(length = 12)
	private @Nullable Purpose purpose;
	@Column(name = "reg_year")
	private @Nullable Integer registrationYear;
	@Column(name = "reg_serial")
	private @Nullable Integer registrationSerial;
	@Column(name = "registration_number", length = 40)
	private @Nullable String registrationNumber;
	@Column(name = "arrived_at", nullable = false)
	private Instant arrivedAt;
	@Column(name = "signed_for_at")
	private @Nullable Instant signedForAt;
	@Column(name = "signed_for_by", length = 200)
	private @Nullable String signedForBy;
	@Column(name = "registered_at")
	private @Nullable Instant registeredAt;
	@Column(name = "registered_by")
	private @Nullable UUID registeredBy;
	@Column(name = "review_recipient")
	private @Nullable Boolean reviewRecipient;
	@Column(name = "review_rules")
	private @Nullable Boolean reviewRules;
	@Column(name = "review_format")
	private @Nullable Boolean reviewFormat;
	@Column(name = "review_consulted")
	private @Nullable Boolean reviewConsulted;
	@Column(name = "review_note", length = 1000)
	private @Nullable String reviewNote;
	@Column(name = "returned_reason", length = 1000)
	private @Nullable String returnedReason;
	@Column(name = "returned_at")
	private @Nullable Instant returnedAt;
	@Column(length = 2000)
	private @Nullable String proposal;
	@Column(name = "proposed_by", length = 200)
	private @Nullable String proposedBy;
	@Column(name = "proposed_at")
	private @Nullable Instant proposedAt;
	/** The leader the proposal is put to for an instruction (呈…阅批). */
	@Column(name = "instructor_id")
	private @Nullable UUID instructorId;
	private @Nullable LocalDate deadline;
	@Column(name = "chaser_id")
	private @Nullable UUID chaserId;
	@Column(name = "chase_count", nullable = false)
	private int chaseCount;
	@Column(name = "last_chased_at")
	private @Nullable Instant lastChasedAt;
	@Column(name = "reply_id")
	private @Nullable UUID replyId;
	@Column(name = "file_blob", length = 64)
	private @Nullable String fileBlob;
	@Column(name = "file_name", length = 200)
	private @Nullable String fileName;
	@Column(name = "file_type", length = 100)
	private @Nullable String fileType;
	@Column(name = "file_sealed", nullable = false)
	private boolean fileSealed;
	@Column(name = "signature_signer", length = 500)
	private @Nullable String signatureSigner;
	@Column(name = "signature_sha256", length = 64)
	private @Nullable String signatureSha256;
	@Column(name = "done_at")
	private @Nullable Instant doneAt;
	@Column(name = "done_note", length = 1000)
	private @Nullable String doneNote;
	@Version
	private long version;

	protected IncomingDocument() {
	}

	/** What the sender's document says of itself, as entered or delivered. */
	record Particulars(Party.@Nullable Kind senderKind, @Nullable UUID senderId, String senderName, @Nullable String senderReference, String title,
			@Nullable DocumentType type, Urgency urgency, @Nullable String marking, int levelRank, @Nullable String copyNumber,
			@Nullable LocalDate issuedOn) {
	}

	IncomingDocument(UUID id, Source source, UUID receivingUnitId, Particulars p, Instant arrivedAt) {
		this.id = id;
		this.source = source;
		this.receivingUnitId = receivingUnitId;
		this.senderKind = p.senderKind();
		this.senderId = p.senderId();
		this.senderName = p.senderName();
		this.senderReference = p.senderReference();
		this.title = p.title();
		this.type = p.type();
		this.urgency = p.urgency();
		this.marking = p.marking();
		this.levelRank = p.levelRank();
		this.copyNumber = p.copyNumber();
		this.issuedOn = p.issuedOn();
		this.state = State.ARRIVED;
		this.arrivedAt = arrivedAt;
	}

	void cameFrom(UUID outgoingId, UUID deliveryId) {
		this.outgoingId = outgoingId;
		this.deliveryId = deliveryId;
	}

	void original(String blob, String name, String contentType, boolean sealed) {
		this.fileBlob = blob;
		this.fileName = name;
		this.fileType = contentType;
		this.fileSealed = sealed;
	}

	void signedBy(String signer, String certificateSha256) {
		this.signatureSigner = signer;
		this.signatureSha256 = certificateSha256;
	}

	/** Signed for: by whom, when, the copies, and the pages when counted (a delivery signed for elsewhere has none). */
	void signFor(String by, Instant at, int copies, @Nullable Integer pages) {
		expect(State.ARRIVED);
		this.signedForBy = by;
		this.signedForAt = at;
		this.copies = copies;
		this.pages = pages;
		this.state = State.SIGNED_FOR;
	}

	void register(int year, int serial, String number, UUID by, Instant at) {
		expect(State.SIGNED_FOR);
		this.registrationYear = year;
		this.registrationSerial = serial;
		this.registrationNumber = number;
		this.registeredBy = by;
		this.registeredAt = at;
		this.state = State.REGISTERED;
	}

	/** The initial review's checklist; a "no" anywhere means the document goes back. */
	record Checklist(boolean rightRecipient, boolean rulesFollowed, boolean typeAndFormat, boolean othersConsulted) {

		boolean passed() {
			return rightRecipient && rulesFollowed && typeAndFormat && othersConsulted;
		}
	}

	void review(Checklist c, @Nullable String note) {
		expect(State.REGISTERED);
		this.reviewRecipient = c.rightRecipient();
		this.reviewRules = c.rulesFollowed();
		this.reviewFormat = c.typeAndFormat();
		this.reviewConsulted = c.othersConsulted();
		this.reviewNote = note;
	}

	void returnToSender(String reason, Instant at) {
		expect(State.REGISTERED);
		this.returnedReason = reason;
		this.returnedAt = at;
		this.state = State.RETURNED;
	}

	void handle(Purpose purpose, @Nullable LocalDate deadline) {
		expect(State.REGISTERED);
		if (urgency != Urgency.NORMAL && purpose == Purpose.ACTION && deadline == null) {
			throw new DomainException("incoming.deadlineRequired");
		}
		this.purpose = purpose;
		this.deadline = deadline;
		this.state = State.HANDLING;
	}

	void propose(String text, @Nullable UUID leaderAccountId, String by, Instant at) {
		expect(State.HANDLING);
		this.proposal = text;
		this.instructorId = leaderAccountId;
		this.proposedBy = by;
		this.proposedAt = at;
	}

	/** An instruction was given: the proposal's request is answered; a deadline it sets applies unless an earlier one stands. */
	void instructed(@Nullable LocalDate due) {
		expect(State.HANDLING);
		this.instructorId = null;
		if (due != null && (deadline == null || due.isBefore(deadline))) {
			this.deadline = due;
		}
	}

	void nameChaser(UUID accountId) {
		if (state == State.DONE || state == State.RETURNED) {
			throw new DomainException("incoming.closed");
		}
		this.chaserId = accountId;
	}

	void chased(Instant at) {
		this.chaseCount++;
		this.lastChasedAt = at;
	}

	void replied(UUID outgoingId) {
		if (replyId != null) {
			throw new DomainException("incoming.replyExists");
		}
		this.replyId = outgoingId;
	}

	void done(@Nullable String note, Instant at) {
		expect(State.HANDLING);
		this.doneNote = note;
		this.doneAt = at;
		this.state = State.DONE;
	}

	private void expect(State wanted) {
		if (state != wanted) {
			throw new DomainException("incoming.wrongState", state.name());
		}
	}

	/** Late: a deadline has passed while it is still open. */
	public boolean overdueOn(LocalDate today) {
		return deadline != null && deadline.isBefore(today) && (state == State.HANDLING || state == State.REGISTERED);
	}

	public boolean classified() {
		return levelRank >= org.chancery.secrecy.Level.CONFIDENTIAL.ordinal();
	}

	public UUID id() { return id; }
	public Source source() { return source; }
	public @Nullable UUID outgoingId() { return outgoingId; }
	public @Nullable UUID deliveryId() { return deliveryId; }
	public UUID receivingUnitId() { return receivingUnitId; }
	public Party.@Nullable Kind senderKind() { return senderKind; }
	public @Nullable UUID senderId() { return senderId; }
	public String senderName() { return senderName; }
	public @Nullable String senderReference() { return senderReference; }
	public String title() { return title; }
	public @Nullable DocumentType type() { return type; }
	public Urgency urgency() { return urgency; }
	public @Nullable String marking() { return marking; }
	public int levelRank() { return levelRank; }
	public @Nullable String copyNumber() { return copyNumber; }
	public @Nullable LocalDate issuedOn() { return issuedOn; }
	public @Nullable Integer copies() { return copies; }
	public @Nullable Integer pages() { return pages; }
	public State state() { return state; }
	public @Nullable Purpose purpose() { return purpose; }
	public @Nullable Integer registrationYear() { return registrationYear; }
	public @Nullable String registrationNumber() { return registrationNumber; }
	public Instant arrivedAt() { return arrivedAt; }
	public @Nullable Instant signedForAt() { return signedForAt; }
	public @Nullable String signedForBy() { return signedForBy; }
	public @Nullable Instant registeredAt() { return registeredAt; }
	public @Nullable Boolean reviewRecipient() { return reviewRecipient; }
	public @Nullable Boolean reviewRules() { return reviewRules; }
	public @Nullable Boolean reviewFormat() { return reviewFormat; }
	public @Nullable Boolean reviewConsulted() { return reviewConsulted; }
	public @Nullable String reviewNote() { return reviewNote; }
	public @Nullable String returnedReason() { return returnedReason; }
	public @Nullable Instant returnedAt() { return returnedAt; }
	public @Nullable String proposal() { return proposal; }
	public @Nullable String proposedBy() { return proposedBy; }
	public @Nullable Instant proposedAt() { return proposedAt; }
	public @Nullable UUID instructorId() { return instructorId; }
	public @Nullable LocalDate deadline() { return deadline; }
	public @Nullable UUID chaserId() { return chaserId; }
	public int chaseCount() { return chaseCount; }
	public @Nullable Instant lastChasedAt() { return lastChasedAt; }
	public @Nullable UUID replyId() { return replyId; }
	public boolean hasOriginal() { return fileBlob != null; }
	@Nullable String fileBlob() { return fileBlob; }
	public @Nullable String fileName() { return fileName; }
	public @Nullable String fileType() { return fileType; }
	boolean fileSealed() { return fileSealed; }
	public @Nullable String signatureSigner() { return signatureSigner; }
	public @Nullable String signatureSha256() { return signatureSha256; }
	public @Nullable Instant doneAt() { return doneAt; }
	public @Nullable String doneNote() { return doneNote; }
}
