package org.chancery.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chancery.kernel.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * An outgoing document (发文) from the first draft to filing. Its route runs on the BPMN engine; the
 * document keeps the state the route has reached, its elements (RULES.md §1.2) and, once registered,
 * its reference number. Content changes only while the drafter holds it, or at re-check, where a
 * substantive change sends it back to the signer.
 */
@Entity
@Table(name = "doc_outgoing")
@org.hibernate.annotations.DynamicUpdate
public class OutgoingDocument {

	/** Where the document stands on its route (RULES.md §1.4). */
	public enum State {
		DRAFT, COUNTERSIGN, REVIEW, RETURNED, SIGN_OFF, RECHECK, REGISTRATION, PRINTING, DISPATCH, FILING, FILED;

		public boolean editableByDrafter() {
			return this == DRAFT || this == RETURNED;
		}
	}

	@Id
	private UUID id;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DocumentType type;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Direction direction;
	@Column(name = "issuing_unit_id", nullable = false)
	private UUID issuingUnitId;
	@Column(name = "reference_code", nullable = false, length = 20)
	private String referenceCode;
	@Column(name = "organ_mark", nullable = false, length = 100)
	private String organMark;
	@Column(nullable = false, length = 300)
	private String title;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Urgency urgency;
	@Column(length = 200)
	private @Nullable String marking;
	@Column(nullable = false)
	private boolean important;
	@Column(length = 500)
	private @Nullable String note;
	@Column(name = "body", nullable = false, length = 1_000_000)
	private String body;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private State state;
	@Column(name = "drafter_id", nullable = false)
	private UUID drafterId;
	@Column(name = "created_at", nullable = false)
	private Instant createdAt;
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;
	@Column(name = "version_no", nullable = false)
	private int versionNo;
	@Column(name = "process_instance_id", length = 64)
	private @Nullable String processInstanceId;
	/** The incoming document this one answers (a 函 or 批复 started from it). */
	@Column(name = "reply_to")
	private @Nullable UUID replyTo;
	@Column(name = "written_on")
	private @Nullable LocalDate writtenOn;
	@Column(name = "reference_number", length = 60, unique = true)
	private @Nullable String referenceNumber;
	@Column(name = "ref_year")
	private @Nullable Integer referenceYear;
	@Column(name = "ref_sequence")
	private @Nullable Integer referenceSequence;
	@Column(name = "copies")
	private @Nullable Integer copies;
	@Column(name = "signed_version")
	private @Nullable Integer signedVersion;
	@Column(name = "attachments", length = 1_000_000)
	private @Nullable String attachmentsJson;
	@Column(name = "minutes", length = 4000)
	private @Nullable String minutesJson;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "doc_party", joinColumns = @JoinColumn(name = "document_id"))
	@OrderColumn(name = "seq")
	private List<Party> parties = new ArrayList<>();
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "doc_warning", joinColumns = @JoinColumn(name = "document_id"))
	@Column(name = "rule_key", length = 60)
	private Set<String> openWarnings = new LinkedHashSet<>();
	@Version
	private long version;

	protected OutgoingDocument() {
	}

	OutgoingDocument(UUID id, DocumentType type, Direction direction, UUID issuingUnitId, String referenceCode, String organMark, UUID drafterId,
			Instant at) {
		if (!type.directions().contains(direction)) {
			throw new DomainException("rule.direction", type.chinese());
		}
		this.id = id;
		this.type = type;
		this.direction = direction;
		this.issuingUnitId = issuingUnitId;
		this.referenceCode = referenceCode;
		this.organMark = organMark;
		this.drafterId = drafterId;
		this.createdAt = at;
		this.updatedAt = at;
		this.state = State.DRAFT;
		this.title = "";
		this.body = "[]";
		this.urgency = Urgency.NORMAL;
	}

	/** The drafter's content: everything a version records. */
	void write(String title, Urgency urgency, @Nullable String marking, boolean important, @Nullable String note, String bodyJson,
			List<Party> parties, Instant at) {
		this.title = title;
		this.urgency = urgency;
		this.marking = marking;
		this.important = important;
		this.note = note;
		this.body = bodyJson;
		this.parties = new ArrayList<>(parties);
		this.updatedAt = at;
		this.versionNo++;
	}

	void annex(@Nullable String attachmentsJson, @Nullable String minutesJson) {
		this.attachmentsJson = attachmentsJson;
		this.minutesJson = minutesJson;
	}

	void changeDirection(DocumentType type, Direction direction) {
		if (!type.directions().contains(direction)) {
			throw new DomainException("rule.direction", type.chinese());
		}
		this.type = type;
		this.direction = direction;
	}

	void routed(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void enter(State next, Instant at) {
		this.state = next;
		this.updatedAt = at;
	}

	void warn(Set<String> rules) {
		openWarnings.clear();
		openWarnings.addAll(rules);
	}

	void warningsOverridden() {
		openWarnings.clear();
	}

	/** The signer signed: the date of writing is the day of the last signature (RULES.md §1.2). */
	void signed(LocalDate on) {
		this.writtenOn = on;
		this.signedVersion = versionNo;
	}

	void register(ReferenceNumber number, int copies) {
		if (referenceNumber != null) {
			throw new DomainException("document.alreadyRegistered", referenceNumber);
		}
		this.referenceNumber = number.text();
		this.referenceYear = number.year();
		this.referenceSequence = number.sequence();
		this.copies = copies;
	}

	public UUID id() { return id; }
	public DocumentType type() { return type; }
	public Direction direction() { return direction; }
	public UUID issuingUnitId() { return issuingUnitId; }
	public String referenceCode() { return referenceCode; }
	public String organMark() { return organMark; }
	public String title() { return title; }
	public Urgency urgency() { return urgency; }
	public @Nullable String marking() { return marking; }
	public boolean important() { return important; }
	public @Nullable String note() { return note; }
	public String bodyJson() { return body; }
	public State state() { return state; }
	public UUID drafterId() { return drafterId; }
	public Instant createdAt() { return createdAt; }
	public Instant updatedAt() { return updatedAt; }
	public int versionNo() { return versionNo; }
	public @Nullable String processInstanceId() { return processInstanceId; }
	public @Nullable UUID replyTo() { return replyTo; }

	void answers(UUID incomingId) {
		this.replyTo = incomingId;
	}
	public @Nullable LocalDate writtenOn() { return writtenOn; }
	public @Nullable String referenceNumber() { return referenceNumber; }
	public @Nullable Integer copies() { return copies; }
	public @Nullable Integer signedVersion() { return signedVersion; }
	public @Nullable String attachmentsJson() { return attachmentsJson; }
	public @Nullable String minutesJson() { return minutesJson; }
	public Set<String> openWarnings() { return Set.copyOf(openWarnings); }
	public long version() { return version; }

	public List<Party> parties() {
		return List.copyOf(parties);
	}

	public List<Party> parties(Party.Role role) {
		return parties.stream().filter(p -> p.role() == role).toList();
	}

	public List<UUID> partyIds(Party.Role role) {
		return parties.stream().filter(p -> p.role() == role).map(Party::refId).toList();
	}

	public boolean classified() {
		return marking != null;
	}
}
