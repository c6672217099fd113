package org.chancery.documents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.identity.AccountDirectory;
import org.chancery.identity.ChanceryUser;
import org.chancery.identity.Role;
import org.chancery.identity.RoleGrant;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.FieldException;
import org.chancery.kernel.NotFoundException;
import org.chancery.secrecy.AccessPolicy;
import org.chancery.secrecy.CarrierCopy;
import org.chancery.secrecy.CopySignedFor;
import org.chancery.secrecy.Custody;
import org.chancery.secrecy.Level;
import org.chancery.secrecy.Manifest;
import org.chancery.secrecy.ProtectedItems;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dispatch (核发) and receipts: one delivery per main and copied-to recipient, in one transaction with
 * the dispatch step. Internal units sign for their delivery in Chancery; for external organs and
 * leadership bodies the clerk records who signed the dispatch list and when; classified documents go
 * as numbered copies, to internal units on a confidential transport manifest whose signature is the
 * receipt. The sender sees every recipient's state and chases the missing ones.
 */
@Service
@Transactional
public class Dispatching {

	/** Roles whose holders receive for their unit. */
	static final Set<Role> RECEIVING_ROLES = EnumSet.of(Role.CONFIDENTIAL_CLERK, Role.DOCUMENT_CLERK, Role.OFFICE_DIRECTOR, Role.LEADER);

	/** The courier is needed when a classified document goes to internal units. */
	public record DispatchRequest(@Nullable UUID courierId) {
	}

	/** Who signed the dispatch list for an external recipient, and when. */
	public record ExternalReceipt(@NotBlank @Size(max = 100) String signedBy, @NotNull Instant signedAt) {
	}

	private final Drafting drafting;
	private final Routing routing;
	private final Deliveries deliveries;
	private final Custody custody;
	private final ProtectedItems protectedItems;
	private final AccessPolicy policy;
	private final AccountDirectory directory;
	private final ApplicationEventPublisher events;
	private final AuditTrail audit;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	Dispatching(Drafting drafting, Routing routing, Deliveries deliveries, Custody custody, ProtectedItems protectedItems, AccessPolicy policy,
			AccountDirectory directory, ApplicationEventPublisher events, AuditTrail audit, JdbcTemplate jdbc, Clock clock) {
		this.drafting = drafting;
		this.routing = routing;
		this.deliveries = deliveries;
		this.custody = custody;
		this.protectedItems = protectedItems;
		this.policy = policy;
		this.directory = directory;
		this.events = events;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The clerk at the dispatch step sends the document to every main and copied-to recipient. */
	public List<Delivery> dispatch(UUID documentId, DispatchRequest request) {
		OutgoingDocument doc = drafting.visible(documentId);
		routing.requireStep(doc, "dispatch");
		List<Party> recipients = new ArrayList<>(doc.parties(Party.Role.MAIN));
		recipients.addAll(doc.parties(Party.Role.COPY));
		List<String> names = drafting.namesOf(recipients);
		List<CarrierCopy> copies = List.of();
		Level level = Level.UNCLASSIFIED;
		if (doc.classified()) {
			level = protectedItems.protectionOf(doc.id()).level();
			copies = custody.copiesOf(doc.id()).stream().filter(c -> c.state() == CarrierCopy.State.IN_CUSTODY).toList();
			if (copies.size() < recipients.size()) {
				throw new DomainException("dispatch.notEnoughCopies", recipients.size(), copies.size());
			}
		}
		Instant now = clock.instant();
		Timestamp sentAt = Timestamp.from(now);
		List<Object[]> rows = new ArrayList<>(recipients.size());
		List<UUID> internal = new ArrayList<>();
		for (int i = 0; i < recipients.size(); i++) {
			Party p = recipients.get(i);
			Delivery.Channel channel = doc.classified() ? Delivery.Channel.CONFIDENTIAL
					: p.kind() == Party.Kind.UNIT ? Delivery.Channel.INTERNAL : Delivery.Channel.DISPATCH_LIST;
			UUID copyId = null;
			String copyLabel = null;
			UUID manifestId = null;
			if (doc.classified()) {
				CarrierCopy copy = copies.get(i);
				copyId = copy.id();
				copyLabel = copy.label();
				if (p.kind() == Party.Kind.UNIT) {
					manifestId = manifest(p.refId(), names.get(i), copy, level, request).id();
				}
				else {
					custody.sendOutside(copy.id(), names.get(i));
				}
			}
			if (p.kind() == Party.Kind.UNIT) {
				internal.add(p.refId());
			}
			rows.add(new Object[] { UUID.randomUUID(), doc.id(), p.role().name(), p.kind().name(), p.refId(), names.get(i), channel.name(),
					Delivery.State.SENT.name(), copyId, copyLabel, manifestId, sentAt, 0, 0L });
		}
		jdbc.batchUpdate("insert into doc_delivery (id, document_id, party_role, kind, recipient_id, recipient_name, channel, state, copy_id,"
				+ " copy_label, manifest_id, sent_at, chase_count, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
		routing.dispatched(doc, recipients.size() + "个收文单位");
		events.publishEvent(new DocumentDispatched(doc.id(), String.valueOf(doc.referenceNumber()), doc.title(), List.copyOf(internal)));
		audit.record(AuditRecord.success("document.dispatch", "document", doc.id(), recipients.size() + " deliveries, " + internal.size()
				+ " internal"));
		return deliveries.findByDocumentIdOrderByRoleAscRecipientNameAsc(doc.id());
	}

	/**
	 * A numbered copy to an internal unit goes on a manifest: the courier named by the clerk takes it to
	 * someone of the unit who receives for it and is cleared for the level.
	 */
	private Manifest manifest(UUID unitId, String unitName, CarrierCopy copy, Level level, DispatchRequest request) {
		if (request.courierId() == null) {
			throw new FieldException("courierId", "dispatch.courierRequired");
		}
		UUID recipient = directory.holdersIn(unitId).stream()
			.filter(h -> h.roles().stream().anyMatch(g -> RECEIVING_ROLES.contains(g.role()) && unitId.equals(g.unitId())))
			.filter(h -> policy.subjectOf(h.accountId(), h.personId()).clearance().dominates(level))
			.sorted(java.util.Comparator.comparingInt((AccountDirectory.Holder h) -> clerkFirst(h, unitId)))
			.map(AccountDirectory.Holder::accountId).findFirst()
			.orElseThrow(() -> new DomainException("dispatch.noClearedRecipient", unitName, level.chinese()));
		return custody.assemble(new Custody.ManifestDraft(request.courierId(), recipient, unitName, List.of(copy.id())));
	}

	/** Every delivery of a document, with its receipt. (Read-write: reading a 机密/绝密 document writes its disclosure record.) */
	public List<Delivery> deliveries(UUID documentId) {
		drafting.visible(documentId);
		return deliveries.findByDocumentIdOrderByRoleAscRecipientNameAsc(documentId);
	}

	/** Someone of the receiving unit signs for an internal delivery; a classified copy is signed for on its manifest. */
	public Delivery signFor(UUID deliveryId) {
		Delivery d = deliveries.findById(deliveryId).orElseThrow(NotFoundException::new);
		ChanceryUser me = ChanceryUser.current().orElseThrow(NotFoundException::new);
		if (d.kind() != Party.Kind.UNIT) {
			throw new NotFoundException();
		}
		if (d.manifestId() != null) {
			var lines = custody.lines(d.manifestId());
			if (lines.stream().noneMatch(l -> l.copyId().equals(d.copyId()) && l.signedAt() == null)) {
				throw new DomainException("delivery.alreadyReceived");
			}
			custody.deliveredIfPending(d.manifestId());
			custody.signFor(d.manifestId(), d.copyId());
			return d;
		}
		if (!receivesFor(me, d.recipientId())) {
			throw new NotFoundException();
		}
		d.receive(me.displayName(), clock.instant());
		events.publishEvent(new DeliveryReceived(d.id(), me.displayName()));
		audit.record(AuditRecord.success("document.receipt", "document", d.documentId(), "signed for by " + d.recipientName()));
		return d;
	}

	/** A confidential copy signed for on its manifest is the receipt of the delivery that carried it. */
	@EventListener
	void copySignedFor(CopySignedFor signed) {
		jdbc.query("select id from doc_delivery where manifest_id = ? and copy_id = ? and state = 'SENT'",
				(rs, i) -> rs.getObject(1, UUID.class), signed.manifestId(), signed.copyId())
			.forEach(id -> deliveries.findById(id).ifPresent(d -> {
				String by = directory.byIds(List.of(signed.recipientAccountId())).values().stream().findFirst()
					.map(AccountDirectory.Entry::displayName).orElse("");
				d.receive(by, signed.at());
				events.publishEvent(new DeliveryReceived(d.id(), by));
			}));
	}

	/** An internal delivery was signed for (in Chancery or on its manifest): the receiving unit's incoming record follows. */
	record DeliveryReceived(UUID deliveryId, String by) {
	}

	/** The sending clerk records who signed the dispatch list of an external recipient, and when. */
	public Delivery recordReceipt(UUID deliveryId, ExternalReceipt receipt) {
		Delivery d = deliveries.findById(deliveryId).orElseThrow(NotFoundException::new);
		drafting.visible(d.documentId());
		requireClerk();
		if (d.kind() == Party.Kind.UNIT) {
			throw new DomainException("delivery.internalSignsItself");
		}
		if (d.copyId() != null && !ChanceryUser.current().orElseThrow().has(Role.CONFIDENTIAL_CLERK)) {
			throw new DomainException("delivery.confidentialClerkOnly");
		}
		if (receipt.signedAt().isAfter(clock.instant()) || receipt.signedAt().isBefore(d.sentAt())) {
			throw new FieldException("signedAt", "delivery.badReceiptTime");
		}
		d.receive(receipt.signedBy().strip(), receipt.signedAt());
		if (d.copyId() != null) {
			custody.receivedOutside(d.copyId(), receipt.signedBy().strip(), receipt.signedAt());
		}
		audit.record(AuditRecord.success("document.receipt", "document", d.documentId(), d.recipientName() + " signed by " + receipt.signedBy().strip()));
		return d;
	}

	/** The sender chases a recipient who has not signed for the document yet. */
	public Delivery chase(UUID deliveryId) {
		Delivery d = deliveries.findById(deliveryId).orElseThrow(NotFoundException::new);
		drafting.visible(d.documentId());
		requireClerk();
		d.chase(clock.instant());
		audit.record(AuditRecord.success("document.chase", "document", d.documentId(), d.recipientName() + " chased (" + d.chaseCount() + ")"));
		return d;
	}

	/** Internal deliveries waiting for the current user's units to sign for them. */
	@Transactional(readOnly = true)
	public List<Delivery> waitingForMe() {
		ChanceryUser me = ChanceryUser.current().orElse(null);
		if (me == null) {
			return List.of();
		}
		List<UUID> units = me.roles().stream().filter(g -> RECEIVING_ROLES.contains(g.role())).map(RoleGrant::unitId)
			.filter(java.util.Objects::nonNull).distinct().toList();
		if (units.isEmpty()) {
			return List.of();
		}
		return deliveries.findByRecipientIdInAndStateOrderBySentAtAsc(units, Delivery.State.SENT).stream()
			.filter(d -> d.channel() == Delivery.Channel.INTERNAL).toList();
	}

	/** Clerks receive for their unit before its heads: confidential clerk, document clerk, office director, leader. */
	private static int clerkFirst(AccountDirectory.Holder h, UUID unitId) {
		List<Role> order = List.of(Role.CONFIDENTIAL_CLERK, Role.DOCUMENT_CLERK, Role.OFFICE_DIRECTOR, Role.LEADER);
		return h.roles().stream().filter(g -> unitId.equals(g.unitId()) && order.contains(g.role())).mapToInt(g -> order.indexOf(g.role())).min()
			.orElse(order.size());
	}

	private static boolean receivesFor(ChanceryUser me, UUID unitId) {
		return me.roles().stream().anyMatch(g -> RECEIVING_ROLES.contains(g.role()) && unitId.equals(g.unitId()));
	}

	private static void requireClerk() {
		ChanceryUser me = ChanceryUser.current().orElseThrow(NotFoundException::new);
		if (!me.has(Role.DOCUMENT_CLERK) && !me.has(Role.CONFIDENTIAL_CLERK)) {
			throw new DomainException("delivery.clerksOnly");
		}
	}
}
