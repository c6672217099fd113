package org.chancery.secrecy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.kernel.Principals;
import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.identity.AccountDirectory;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.FieldException;
import org.chancery.kernel.NotFoundException;
import org.chancery.secrecy.AccessPolicy.Subject;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbered copies of classified items and their custody (RULES.md §2, carriers): the confidential clerk
 * registers copies, assembles transport manifests, takes copies back and requests destruction; couriers
 * and recipients confirm each handover themselves; destruction needs an approver and a witness. The
 * clerk's dashboard lists what is overdue or without a confirmed holder.
 */
@Service
@Transactional(readOnly = true)
public class Custody {

	static final String CLERK = "hasRole('CONFIDENTIAL_CLERK')";
	static final Duration UNCONFIRMED_AFTER = Duration.ofHours(24);

	public record CopyRequest(@NotNull @Min(1) @Max(999) Integer count) {
	}

	public record ManifestDraft(@NotNull UUID courierId, @NotNull UUID recipientId, @NotBlank @Size(max = 200) String destination,
			@NotEmpty List<UUID> copyIds) {
	}

	public record RecallRequest(@NotNull @Future LocalDate dueBack) {
	}

	public record DestructionRequest(@NotBlank @Size(max = 200) String method, @NotBlank @Size(max = 200) String place) {
	}

	public record LossReport(@NotBlank @Size(max = 200) String note) {
	}

	/** What needs the clerk's attention. */
	public record Dashboard(List<CarrierCopy> overdue, List<Manifest> unconfirmed, List<Manifest> brokenChains) {
	}

	/** A copy on a manifest and whether its recipient signed for it. */
	public record ManifestLine(UUID copyId, @Nullable Instant signedAt) {
	}

	private final Copies copies;
	private final Manifests manifests;
	private final Destructions destructions;
	private final Items items;
	private final AccessPolicy policy;
	private final AccountDirectory directory;
	private final AuditTrail audit;
	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final org.springframework.context.ApplicationEventPublisher events;

	Custody(Copies copies, Manifests manifests, Destructions destructions, Items items, AccessPolicy policy, AccountDirectory directory,
			AuditTrail audit, JdbcTemplate jdbc, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.copies = copies;
		this.manifests = manifests;
		this.destructions = destructions;
		this.items = items;
		this.policy = policy;
		this.directory = directory;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Numbers the next copies of an item (printing does this): 000001 onwards, continuing the register.
	 * The clerk's clearance must reach the item's level; otherwise the item does not exist for them.
	 */
	@PreAuthorize(CLERK)
	@Transactional
	public List<CarrierCopy> issue(UUID itemId, CopyRequest request) {
		ProtectedItem item = clerkItem(itemId);
		if (!item.level().isStateSecret() || item.state() == ProtectedItem.State.DECLASSIFIED) {
			throw new DomainException("copy.notClassified");
		}
		UUID clerk = me().accountId();
		int next = copies.maxNumber(itemId) + 1;
		List<CarrierCopy> issued = new ArrayList<>();
		for (int n = next; n < next + request.count(); n++) {
			issued.add(copies.save(new CarrierCopy(UUID.randomUUID(), itemId, n, clerk)));
		}
		audit.record(AuditRecord.success("secrecy.copy.issue", "item", itemId, "copies " + issued.getFirst().label() + "-"
				+ issued.getLast().label()));
		return issued;
	}

	/**
	 * Enters a copy received from another organ into the register under the sender's copy number, held
	 * by the confidential clerk who signed for it.
	 */
	@PreAuthorize(CLERK)
	@Transactional
	public CarrierCopy registerReceived(UUID itemId, int number, String sender) {
		ProtectedItem item = clerkItem(itemId);
		if (!item.level().isStateSecret()) {
			throw new DomainException("copy.notClassified");
		}
		if (number < 1 || number > 999_999) {
			throw new FieldException("copyNumber", "copy.badNumber");
		}
		if (copies.findByItemIdOrderByNumber(itemId).stream().anyMatch(c -> c.number() == number)) {
			throw new FieldException("copyNumber", "copy.numberTaken");
		}
		CarrierCopy copy = copies.save(CarrierCopy.received(UUID.randomUUID(), itemId, number, me().accountId(), sender));
		audit.record(AuditRecord.success("secrecy.copy.received", "item", itemId, "copy " + copy.label() + " from " + sender));
		return copy;
	}

	@PreAuthorize(CLERK + " or hasRole('SECURITY_ADMIN')")
	public List<CarrierCopy> copiesOf(UUID itemId) {
		if (!isSecurityAdmin()) {
			clerkItem(itemId);
		}
		else if (!items.existsById(itemId)) {
			throw new NotFoundException();
		}
		return copies.findByItemIdOrderByNumber(itemId);
	}

	@PreAuthorize(CLERK)
	@Transactional
	public Manifest assemble(ManifestDraft draft) {
		requireAccount(draft.courierId(), "courierId");
		requireAccount(draft.recipientId(), "recipientId");
		Manifest manifest = manifests.saveAndFlush(new Manifest(UUID.randomUUID(), draft.courierId(), draft.recipientId(), draft.destination().strip(),
				me().accountId(), clock.instant()));
		Level recipientClearance = policy.subjectOf(draft.recipientId(), null).clearance();
		for (UUID copyId : draft.copyIds()) {
			CarrierCopy copy = copies.findById(copyId).orElseThrow(() -> new FieldException("copyIds", "copy.unknown"));
			ProtectedItem item = clerkItem(copy.itemId());
			if (!recipientClearance.dominates(item.level())) {
				throw new FieldException("recipientId", "manifest.recipientNotCleared", item.level().chinese());
			}
			copy.dispatch();
			jdbc.update("insert into sec_manifest_copy (manifest_id, copy_id) values (?, ?)", manifest.id(), copyId);
		}
		audit.record(AuditRecord.success("secrecy.manifest.assemble", "manifest", manifest.id(), draft.copyIds().size() + " copies to "
				+ draft.destination().strip()));
		return manifest;
	}

	/** The courier confirms taking the copies from the clerk. */
	@Transactional
	public Manifest courierTakes(UUID manifestId) {
		Manifest manifest = manifests.findById(manifestId).filter(m -> m.courier().equals(me().accountId())).orElseThrow(NotFoundException::new);
		manifest.courierTakes(clock.instant());
		audit.record(AuditRecord.success("secrecy.manifest.courier", "manifest", manifestId, "courier confirmed receipt"));
		return manifest;
	}

	/** The recipient confirms delivery. */
	@Transactional
	public Manifest delivered(UUID manifestId) {
		Manifest manifest = manifests.findById(manifestId).filter(m -> m.recipient().equals(me().accountId())).orElseThrow(NotFoundException::new);
		manifest.delivered(clock.instant());
		audit.record(AuditRecord.success("secrecy.manifest.delivered", "manifest", manifestId, manifest.chainBroken()
				? "delivered without the courier's confirmation" : "delivered"));
		return manifest;
	}

	/**
	 * A copy goes by confidential transport to an organ outside Chancery (which has no account to sign a
	 * manifest): the register keeps where it went, and later who signed for it there.
	 */
	@PreAuthorize(CLERK)
	@Transactional
	public CarrierCopy sendOutside(UUID copyId, String destination) {
		CarrierCopy copy = copies.findById(copyId).orElseThrow(NotFoundException::new);
		clerkItem(copy.itemId());
		copy.sentOutside(destination);
		audit.record(AuditRecord.success("secrecy.copy.sentOutside", "item", copy.itemId(), "copy " + copy.label() + " to " + destination));
		return copy;
	}

	@PreAuthorize(CLERK)
	@Transactional
	public CarrierCopy receivedOutside(UUID copyId, String signedBy, Instant at) {
		CarrierCopy copy = copies.findById(copyId).orElseThrow(NotFoundException::new);
		clerkItem(copy.itemId());
		copy.receivedOutside(copy.holderNote() + "：" + signedBy + " " + at);
		audit.record(AuditRecord.success("secrecy.copy.receivedOutside", "item", copy.itemId(), "copy " + copy.label() + " signed for by " + signedBy));
		return copy;
	}

	/** The recipient confirms delivery unless already confirmed (signing for a copy implies it arrived). */
	@Transactional
	public Manifest deliveredIfPending(UUID manifestId) {
		Manifest manifest = manifests.findById(manifestId).filter(m -> m.recipient().equals(me().accountId())).orElseThrow(NotFoundException::new);
		return manifest.state() == Manifest.State.DELIVERED ? manifest : delivered(manifestId);
	}

	/** The recipient signs for one copy; it is theirs from now on. */
	@Transactional
	public CarrierCopy signFor(UUID manifestId, UUID copyId) {
		Manifest manifest = manifests.findById(manifestId).filter(m -> m.recipient().equals(me().accountId())).orElseThrow(NotFoundException::new);
		if (manifest.state() != Manifest.State.DELIVERED) {
			throw new DomainException("manifest.notDelivered");
		}
		int updated = jdbc.update("update sec_manifest_copy set signed_at = ? where manifest_id = ? and copy_id = ? and signed_at is null",
				OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), manifestId, copyId);
		if (updated == 0) {
			throw new NotFoundException();
		}
		CarrierCopy copy = copies.findById(copyId).orElseThrow(NotFoundException::new);
		copy.receivedBy(manifest.recipient());
		audit.record(AuditRecord.success("secrecy.copy.signed", "item", copy.itemId(), "copy " + copy.label() + " signed for"));
		events.publishEvent(new CopySignedFor(copy.itemId(), copyId, manifestId, manifest.recipient(), clock.instant()));
		return copy;
	}

	public List<ManifestLine> lines(UUID manifestId) {
		Manifest manifest = manifests.findById(manifestId).orElseThrow(NotFoundException::new);
		UUID me = me().accountId();
		if (!(isClerk() || manifest.courier().equals(me) || manifest.recipient().equals(me))) {
			throw new NotFoundException();
		}
		return jdbc.query("select copy_id, signed_at from sec_manifest_copy where manifest_id = ? order by copy_id",
				(rs, i) -> new ManifestLine(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class) == null ? null
						: rs.getObject(2, OffsetDateTime.class).toInstant()), manifestId);
	}

	@PreAuthorize(CLERK)
	@Transactional
	public CarrierCopy recall(UUID copyId, RecallRequest request) {
		CarrierCopy copy = clerkCopy(copyId);
		copy.recall(request.dueBack());
		audit.record(AuditRecord.success("secrecy.copy.recall", "item", copy.itemId(), "copy " + copy.label() + " due back " + request.dueBack()));
		return copy;
	}

	@PreAuthorize(CLERK)
	@Transactional
	public CarrierCopy returned(UUID copyId) {
		CarrierCopy copy = clerkCopy(copyId);
		copy.returnedTo(me().accountId());
		audit.record(AuditRecord.success("secrecy.copy.return", "item", copy.itemId(), "copy " + copy.label() + " returned"));
		return copy;
	}

	@PreAuthorize(CLERK)
	@Transactional
	public CarrierCopy reportLost(UUID copyId, LossReport report) {
		CarrierCopy copy = clerkCopy(copyId);
		copy.lost(report.note().strip());
		audit.record(AuditRecord.success("secrecy.copy.lost", "item", copy.itemId(), "copy " + copy.label() + ": " + report.note().strip()));
		return copy;
	}

	@PreAuthorize(CLERK)
	@Transactional
	public Destruction requestDestruction(UUID copyId, DestructionRequest request) {
		CarrierCopy copy = clerkCopy(copyId);
		if (copy.state() == CarrierCopy.State.DESTROYED || copy.state() == CarrierCopy.State.LOST) {
			throw new DomainException("copy.gone", copy.label());
		}
		Destruction d = destructions.save(new Destruction(UUID.randomUUID(), copyId, request.method().strip(), request.place().strip(),
				me().accountId(), clock.instant()));
		audit.record(AuditRecord.success("secrecy.destruction.request", "item", copy.itemId(), "copy " + copy.label() + " method="
				+ d.method() + " place=" + d.place()));
		return d;
	}

	/** A leader or the security administrator approves; never the person who asked. */
	@PreAuthorize("hasAnyRole('LEADER','SECURITY_ADMIN')")
	@Transactional
	public Destruction approveDestruction(UUID destructionId) {
		Destruction d = destructions.findById(destructionId).orElseThrow(NotFoundException::new);
		d.approve(me().accountId(), clock.instant());
		audit.record(AuditRecord.success("secrecy.destruction.approve", "copy", d.copyId(), "approved"));
		return d;
	}

	/** A second person witnesses the destruction; the copy is destroyed. */
	@Transactional
	public Destruction witnessDestruction(UUID destructionId) {
		Destruction d = destructions.findById(destructionId).orElseThrow(NotFoundException::new);
		d.witness(me().accountId(), clock.instant());
		CarrierCopy copy = copies.findById(d.copyId()).orElseThrow(NotFoundException::new);
		copy.destroyed();
		audit.record(AuditRecord.success("secrecy.destruction.witness", "item", copy.itemId(), "copy " + copy.label() + " destroyed by "
				+ d.method() + " at " + d.place()));
		return d;
	}

	/** Overdue returns, handovers nobody confirmed for a day, and deliveries the courier never confirmed. */
	@PreAuthorize(CLERK)
	public Dashboard dashboard() {
		List<CarrierCopy> overdue = copies.findByDueBackLessThanAndStateIn(LocalDate.now(clock),
				EnumSet.of(CarrierCopy.State.RECEIVED, CarrierCopy.State.IN_TRANSIT));
		Instant limit = clock.instant().minus(UNCONFIRMED_AFTER);
		List<Manifest> open = manifests.findByStateNotOrderByCreatedAt(Manifest.State.DELIVERED);
		List<Manifest> unconfirmed = open.stream()
			.filter(m -> (m.state() == Manifest.State.ASSEMBLED && m.createdAt().isBefore(limit))
					|| (m.state() == Manifest.State.WITH_COURIER && m.handedAt() != null && m.handedAt().isBefore(limit)))
			.toList();
		return new Dashboard(overdue, unconfirmed, manifests.findByHandedAtIsNullAndDeliveredAtIsNotNull());
	}

	// ------------------------------------------------------------ helpers

	private ProtectedItem clerkItem(UUID itemId) {
		ProtectedItem item = items.findById(itemId).orElseThrow(NotFoundException::new);
		if (!me().clearance().dominates(item.level())) {
			throw new NotFoundException();
		}
		return item;
	}

	private CarrierCopy clerkCopy(UUID copyId) {
		CarrierCopy copy = copies.findById(copyId).orElseThrow(NotFoundException::new);
		clerkItem(copy.itemId());
		return copy;
	}

	private void requireAccount(UUID accountId, String field) {
		if (directory.byIds(List.of(accountId)).values().stream().noneMatch(AccountDirectory.Entry::enabled)) {
			throw new FieldException(field, "officer.accountUnknown");
		}
	}

	private Subject me() {
		Subject me = policy.currentSubject();
		if (me.accountId() == null) {
			throw new NotFoundException();
		}
		return me;
	}

	private static boolean isSecurityAdmin() {
		return Principals.has("ROLE_SECURITY_ADMIN");
	}

	private static boolean isClerk() {
		return Principals.has("ROLE_CONFIDENTIAL_CLERK");
	}

}
