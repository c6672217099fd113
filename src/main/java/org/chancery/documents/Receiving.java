package org.chancery.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.identity.ChanceryUser;
import org.chancery.identity.Role;
import org.chancery.kernel.Blobs;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.FieldException;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Organization;
import org.chancery.secrecy.ContentVault;
import org.chancery.secrecy.Custody;
import org.chancery.secrecy.Level;
import org.chancery.secrecy.Marking;
import org.chancery.secrecy.ProtectedItem;
import org.chancery.secrecy.ProtectedItems;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving documents (RULES §1.5, up to the initial review): arrival from Chancery's own dispatch, an
 * upload or a signed package from an external organ, or paper; signing for (time, copies, pages);
 * registration with a number gapless per year; the initial review, which returns a document to its
 * sender with a reason or hands it on for reading or for action. Classified documents enter the
 * secrecy register on arrival (marking as the sender gave it) and their copy the copy register when
 * signed for.
 */
@Service
@Transactional
public class Receiving {

	/** What the clerk enters for an external or paper document (or the sending system delivers with its package). */
	public record Receipt(@NotNull UUID receivingUnitId, Party.@Nullable Kind senderKind, @Nullable UUID senderId,
			@Nullable @Size(max = 200) String senderName, @Nullable @Size(max = 60) String senderReference, @NotBlank @Size(max = 300) String title,
			@Nullable DocumentType type, @Nullable Urgency urgency, @Nullable @Size(max = 200) String marking, @Nullable @Size(max = 6) String copyNumber,
			@Nullable LocalDate issuedOn) {
	}

	/** Signing for: the count of copies and of pages received. */
	public record SignFor(@NotNull @Min(1) @Max(999) Integer copies, @NotNull @Min(1) @Max(9999) Integer pages) {
	}

	/** What the initial review decides. */
	public enum Decision {
		RETURN, INFORMATION, ACTION
	}

	/** The initial review: the checklist of RULES §1.5, the decision, a reason when returned, a deadline when urgent and for action. */
	public record Review(boolean rightRecipient, boolean rulesFollowed, boolean typeAndFormat, boolean othersConsulted, @NotNull Decision decision,
			@Nullable @Size(max = 1000) String note, @Nullable @Size(max = 1000) String reason, @Nullable LocalDate deadline) {
	}

	/** The original file as kept: name, type, content. */
	public record Original(String fileName, String contentType, byte[] bytes) {
	}

	private final Incoming incoming;
	private final Documents outgoing;
	private final Deliveries deliveries;
	private final Dispatching dispatching;
	private final IncomingAccess access;
	private final Numbering numbering;
	private final ProtectedItems protectedItems;
	private final Custody custody;
	private final ContentVault vault;
	private final Blobs blobs;
	private final PadesSignatures signatures;
	private final Organization organization;
	private final DocumentsProperties properties;
	private final org.chancery.workflow.WorkingDays workingDays;
	private final AuditTrail audit;
	private final Clock clock;

	Receiving(Incoming incoming, Documents outgoing, Deliveries deliveries, Dispatching dispatching, IncomingAccess access, Numbering numbering,
			ProtectedItems protectedItems, Custody custody, ContentVault vault, Blobs blobs, PadesSignatures signatures, Organization organization,
			DocumentsProperties properties, org.chancery.workflow.WorkingDays workingDays, AuditTrail audit, Clock clock) {
		this.incoming = incoming;
		this.outgoing = outgoing;
		this.deliveries = deliveries;
		this.dispatching = dispatching;
		this.access = access;
		this.numbering = numbering;
		this.protectedItems = protectedItems;
		this.custody = custody;
		this.vault = vault;
		this.blobs = blobs;
		this.signatures = signatures;
		this.organization = organization;
		this.properties = properties;
		this.workingDays = workingDays;
		this.audit = audit;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ arrival

	/** A dispatch from Chancery arrives by itself in the incoming registry of every internal unit it went to. */
	@EventListener
	void dispatched(DocumentDispatched event) {
		OutgoingDocument doc = outgoing.findById(event.documentId()).orElseThrow();
		ProtectedItem item = doc.classified() ? protectedItems.find(doc.id()).orElse(null) : null;
		String sender = organization.unit(doc.issuingUnitId()).nameZh();
		for (Delivery d : deliveries.findByDocumentIdOrderByRoleAscRecipientNameAsc(doc.id())) {
			if (d.kind() != Party.Kind.UNIT) {
				continue;
			}
			var p = new IncomingDocument.Particulars(Party.Kind.UNIT, doc.issuingUnitId(), sender, event.referenceNumber(), doc.title(), doc.type(),
					doc.urgency(), item == null ? null : item.markingText(), item == null ? 0 : item.level().ordinal(), d.copyLabel(),
					LocalDate.now(clock));
			IncomingDocument in = new IncomingDocument(UUID.randomUUID(), IncomingDocument.Source.CHANCERY, d.recipientId(), p, clock.instant());
			in.cameFrom(doc.id(), d.id());
			incoming.save(in);
			if (item != null) {
				protectedItems.registerReceived("incoming", in.id(), item.markingText(), item.runsFrom(), sender, d.recipientId(),
						scopeUnits(d.recipientId()));
			}
			audit.record(AuditRecord.success("incoming.arrive", "incoming", in.id(), "from Chancery dispatch of " + doc.id()));
		}
	}

	/** A delivery signed for elsewhere (the received list, a manifest) signs the incoming record for too. */
	@EventListener
	void deliveryReceived(Dispatching.DeliveryReceived event) {
		incoming.findByDeliveryId(event.deliveryId()).filter(d -> d.state() == IncomingDocument.State.ARRIVED)
			.ifPresent(d -> d.signFor(event.by(), clock.instant(), 1, null));
	}

	/** The clerk enters an external organ's document with its PDF or scan. */
	public IncomingDocument upload(Receipt receipt, String fileName, byte[] file) {
		IncomingDocument d = arrive(IncomingDocument.Source.UPLOAD, receipt);
		keep(d, fileName, file);
		return d;
	}

	/** The clerk enters a paper document; its scan is attached later. */
	public IncomingDocument paper(Receipt receipt) {
		return arrive(IncomingDocument.Source.PAPER, receipt);
	}

	/** The scan of a paper document (or a better copy of an upload), before the document is closed. */
	public IncomingDocument attachScan(UUID id, String fileName, byte[] file) {
		IncomingDocument d = visible(id);
		requireReceiver(d);
		if (d.source() == IncomingDocument.Source.CHANCERY || d.source() == IncomingDocument.Source.PACKAGE) {
			throw new DomainException("incoming.originalFixed");
		}
		if (d.state() == IncomingDocument.State.DONE || d.state() == IncomingDocument.State.RETURNED) {
			throw new DomainException("incoming.closed");
		}
		keep(d, fileName, file);
		return d;
	}

	/**
	 * The sending organ's system delivers a signed package: the metadata and the PDF, signed (PAdES) over
	 * the whole file. An unsigned or altered PDF is refused; the signer and certificate are recorded.
	 */
	public IncomingDocument deliverPackage(Receipt receipt, String fileName, byte[] pdf) {
		if (FileKinds.detect(pdf).filter("application/pdf"::equals).isEmpty()) {
			throw new FieldException("file", "incoming.packageNotPdf");
		}
		PadesSignatures.Check check = signatures.check(pdf);
		if (!check.signed()) {
			throw new FieldException("file", "incoming.packageUnsigned");
		}
		if (!check.valid()) {
			throw new FieldException("file", "incoming.packageBroken");
		}
		IncomingDocument d = arrive(IncomingDocument.Source.PACKAGE, receipt);
		d.signedBy(String.valueOf(check.signer()), String.valueOf(check.certificateSha256()));
		keep(d, fileName, pdf);
		return d;
	}

	private IncomingDocument arrive(IncomingDocument.Source source, Receipt r) {
		ChanceryUser me = ChanceryUser.current().orElseThrow(NotFoundException::new);
		var unit = organization.units().stream().filter(u -> u.id().equals(r.receivingUnitId()) && u.active()).findFirst()
			.orElseThrow(() -> new FieldException("receivingUnitId", "document.unknownUnit"));
		String sender = senderName(r);
		Level level = Level.UNCLASSIFIED;
		String marking = Drafting.blankToNull(r.marking());
		LocalDate issued = r.issuedOn() == null ? LocalDate.now(clock) : r.issuedOn();
		if (issued.isAfter(LocalDate.now(clock))) {
			throw new FieldException("issuedOn", "incoming.issuedInFuture");
		}
		if (marking != null) {
			try {
				level = Marking.parse(marking, issued, sender, true).level();
			}
			catch (DomainException e) {
				throw new FieldException("marking", e.messageKey(), e.arguments());
			}
		}
		String copyNumber = Drafting.blankToNull(r.copyNumber());
		if (level.isStateSecret()) {
			if (!me.has(Role.CONFIDENTIAL_CLERK)) {
				throw new DomainException("incoming.confidentialClerkOnly");
			}
			if (copyNumber == null || !copyNumber.matches("\\d{1,6}")) {
				throw new FieldException("copyNumber", "incoming.copyNumberRequired");
			}
			copyNumber = "%06d".formatted(Integer.parseInt(copyNumber));
		}
		else if (!receives(me, unit.id())) {
			throw new DomainException("incoming.notReceiver");
		}
		var p = new IncomingDocument.Particulars(r.senderKind(), r.senderId(), sender, Drafting.blankToNull(r.senderReference()), r.title().strip(), r.type(),
				r.urgency() == null ? Urgency.NORMAL : r.urgency(), marking, level.ordinal(), copyNumber, issued);
		IncomingDocument d = incoming.save(new IncomingDocument(UUID.randomUUID(), source, unit.id(), p, clock.instant()));
		if (level.isStateSecret()) {
			protectedItems.registerReceived("incoming", d.id(), marking, issued, sender, unit.id(), scopeUnits(unit.id()));
		}
		audit.record(AuditRecord.success("incoming.arrive", "incoming", d.id(), source + " from " + sender));
		return d;
	}

	private String senderName(Receipt r) {
		if (r.senderId() != null && r.senderKind() != null) {
			try {
				return switch (r.senderKind()) {
					case EXTERNAL -> organization.externalOrgan(r.senderId()).nameZh();
					case UNIT -> organization.unit(r.senderId()).nameZh();
					case BODY -> organization.body(r.senderId()).nameZh();
					case PERSON -> throw new FieldException("senderKind", "incoming.badSender");
				};
			}
			catch (NotFoundException e) {
				throw new FieldException("senderId", "document.unknownParty");
			}
		}
		if (r.senderName() == null || r.senderName().isBlank()) {
			throw new FieldException("senderName", "incoming.senderRequired");
		}
		return r.senderName().strip();
	}

	private void keep(IncomingDocument d, String fileName, byte[] file) {
		if (file.length == 0) {
			throw new FieldException("file", "incoming.fileEmpty");
		}
		String type = FileKinds.detect(file).filter(t -> t.equals("application/pdf") || t.startsWith("image/") || t.equals("application/ofd"))
			.orElseThrow(() -> new FieldException("file", "incoming.fileKind"));
		boolean sealed = d.classified();
		String blob = blobs.put(sealed ? vault.seal(d.id(), file) : file);
		d.original(blob, FileKinds.safeName(fileName, type), type, sealed);
		audit.record(AuditRecord.success("incoming.file", "incoming", d.id(), type + " " + file.length + " bytes"));
	}

	// ------------------------------------------------------------------ sign for, register, review

	/** A clerk of the receiving unit signs for it: the time, the copies and the pages; a classified copy enters the copy register. */
	public IncomingDocument signFor(UUID id, SignFor s) {
		IncomingDocument d = visible(id);
		ChanceryUser me = requireReceiver(d);
		d.signFor(me.displayName(), clock.instant(), s.copies(), s.pages());
		if (d.source() == IncomingDocument.Source.CHANCERY) {
			Delivery delivery = deliveries.findById(java.util.Objects.requireNonNull(d.deliveryId())).orElseThrow();
			if (delivery.state() == Delivery.State.SENT) {
				dispatching.signFor(delivery.id());
			}
		}
		else if (d.classified()) {
			custody.registerReceived(d.id(), Integer.parseInt(java.util.Objects.requireNonNull(d.copyNumber())), d.senderName());
		}
		audit.record(AuditRecord.success("incoming.signFor", "incoming", d.id(), s.copies() + " copies, " + s.pages() + " pages"));
		return d;
	}

	/** The clerk registers it: the next number of the year, gapless (a rolled-back registration gives its number back). */
	public IncomingDocument register(UUID id) {
		IncomingDocument d = visible(id);
		ChanceryUser me = requireReceiver(d);
		int year = LocalDate.now(clock).getYear();
		ReferenceNumber number = numbering.next(properties.incomingCode(), year, false);
		d.register(year, number.sequence(), number.text(), me.accountId(), clock.instant());
		audit.record(AuditRecord.success("incoming.register", "incoming", d.id(), number.text()));
		return d;
	}

	/**
	 * The initial review (初审): every question of the checklist answered; a "no" means the document goes
	 * back to its sender with a reason (a Chancery sender sees the return on its delivery). Otherwise it
	 * goes on for reading or for action; urgent ones for action need a deadline.
	 */
	public IncomingDocument review(UUID id, Review r) {
		IncomingDocument d = visible(id);
		requireReceiver(d);
		var checklist = new IncomingDocument.Checklist(r.rightRecipient(), r.rulesFollowed(), r.typeAndFormat(), r.othersConsulted());
		if (r.decision() != Decision.RETURN && !checklist.passed()) {
			throw new FieldException("decision", "incoming.checklistFailed");
		}
		if (r.deadline() != null && r.deadline().isBefore(LocalDate.now(clock))) {
			throw new FieldException("deadline", "incoming.deadlinePast");
		}
		d.review(checklist, Drafting.blankToNull(r.note()));
		if (r.decision() == Decision.RETURN) {
			String reason = Drafting.blankToNull(r.reason());
			if (reason == null) {
				throw new FieldException("reason", "incoming.returnNeedsReason");
			}
			d.returnToSender(reason, clock.instant());
			if (d.deliveryId() != null) {
				deliveries.findById(d.deliveryId()).ifPresent(delivery -> delivery.returned(reason, clock.instant()));
			}
			audit.record(AuditRecord.success("incoming.return", "incoming", d.id(), "to " + d.senderName() + ": " + reason));
			return d;
		}
		d.handle(r.decision() == Decision.ACTION ? IncomingDocument.Purpose.ACTION : IncomingDocument.Purpose.INFORMATION, r.deadline());
		audit.record(AuditRecord.success("incoming.review", "incoming", d.id(), r.decision().name()));
		return d;
	}

	// ------------------------------------------------------------------ reading

	/** The document, if the current user may see it (a read of a 机密/绝密 one is disclosed). Read-write for that record. */
	public IncomingDocument visible(UUID id) {
		return access.requireVisible(incoming.findById(id).orElseThrow(NotFoundException::new));
	}

	/** The original PDF or scan, decrypted for a reader who may see the document. */
	public Original original(UUID id) {
		IncomingDocument d = visible(id);
		if (!d.hasOriginal()) {
			throw new NotFoundException();
		}
		byte[] stored = blobs.get(java.util.Objects.requireNonNull(d.fileBlob()));
		audit.record(AuditRecord.success("incoming.original", "incoming", d.id(), "read"));
		return new Original(java.util.Objects.requireNonNull(d.fileName()), java.util.Objects.requireNonNull(d.fileType()),
				d.fileSealed() ? vault.open(d.id(), stored) : stored);
	}

	/** The deadline of a step taken now, in working days by urgency. */
	Instant stepDue(IncomingDocument d) {
		return workingDays.deadline(properties.daysFor(d.urgency()));
	}

	private Set<UUID> scopeUnits(UUID receivingUnit) {
		Set<UUID> units = new HashSet<>();
		units.add(receivingUnit);
		properties.incomingScopeUnits().forEach(code -> organization.unitByCode(code).ifPresent(u -> units.add(u.id())));
		return units;
	}

	/**
	 * Receivers of a unit: its clerks, director and leaders, and the office's document and confidential
	 * clerks, who receive for every unit; a classified document needs a confidential clerk.
	 */
	ChanceryUser requireReceiver(IncomingDocument d) {
		ChanceryUser me = ChanceryUser.current().orElseThrow(NotFoundException::new);
		if (d.classified() ? !me.has(Role.CONFIDENTIAL_CLERK) : !receives(me, d.receivingUnitId())) {
			throw new DomainException(d.classified() ? "incoming.confidentialClerkOnly" : "incoming.notReceiver");
		}
		return me;
	}

	private static boolean receives(ChanceryUser me, UUID unitId) {
		return me.roles().stream().anyMatch(g -> Dispatching.RECEIVING_ROLES.contains(g.role()) && unitId.equals(g.unitId()))
				|| me.has(Role.DOCUMENT_CLERK) || me.has(Role.CONFIDENTIAL_CLERK);
	}
}
