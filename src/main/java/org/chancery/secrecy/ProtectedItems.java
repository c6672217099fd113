package org.chancery.secrecy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.kernel.Principals;
import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.identity.ChanceryUser;
import org.chancery.identity.Role;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.FieldException;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Organization;
import org.chancery.organization.Unit;
import org.chancery.secrecy.AccessPolicy.Protection;
import org.chancery.secrecy.AccessPolicy.Subject;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of protected items and the rules around it (RULES.md §2): the handler proposes a
 * marking, a classification officer of the unit approves it; need-to-know scopes and approved readers;
 * every read of a 机密 or 绝密 item is disclosed; markings change only through the classifying unit or
 * its superiors and keep their history; periods end by themselves. Other modules register their items
 * here and ask {@link #requireReadable(UUID)} (one item) or {@link #readable} (lists, in the query).
 */
@Service
@Transactional(readOnly = true)
public class ProtectedItems {

	/** What the handler proposes for an item. */
	public record Proposal(@NotBlank @Size(max = 200) String marking, @NotNull LocalDate runsFrom, @NotBlank @Size(max = 200) String authority,
			boolean extension, @NotNull UUID unitId, @Nullable String compartments, @Nullable Set<UUID> persons, @Nullable Set<UUID> units) {
	}

	/** A new marking; {@code extension} says a period beyond the level's maximum was decided (absent: no). */
	public record Remarking(@NotBlank @Size(max = 200) String marking, @Nullable Boolean extension, @NotBlank @Size(max = 500) String reason) {

		boolean extended() {
			return Boolean.TRUE.equals(extension);
		}
	}

	public record ReaderApproval(@NotNull UUID personId, @NotBlank @Size(max = 500) String reason) {
	}

	/** Everyone who has come to know an item: first and last read, and how often. */
	public record Disclosure(UUID accountId, java.time.Instant firstRead, java.time.Instant lastRead, long reads) {
	}

	private final Items items;
	private final Scopes scopes;
	private final MarkingRecords history;
	private final Officers officers;
	private final Clearances clearances;
	private final AccessPolicy policy;
	private final Organization organization;
	private final AuditTrail audit;
	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final org.chancery.identity.AccountDirectory directory;

	ProtectedItems(Items items, Scopes scopes, MarkingRecords history, Officers officers, Clearances clearances, AccessPolicy policy,
			Organization organization, AuditTrail audit, JdbcTemplate jdbc, Clock clock, org.chancery.identity.AccountDirectory directory) {
		this.directory = directory;
		this.items = items;
		this.scopes = scopes;
		this.history = history;
		this.officers = officers;
		this.clearances = clearances;
		this.policy = policy;
		this.organization = organization;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// ------------------------------------------------------------ classification

	/**
	 * The handler proposes a marking for an item of theirs. Nobody marks above their own clearance or
	 * above the unit's authority; 机密 and 绝密 need a named scope.
	 */
	@Transactional
	public ProtectedItem propose(String itemType, UUID itemId, Proposal p) {
		Subject me = policy.currentSubject();
		if (me.accountId() == null) {
			throw new NotFoundException();
		}
		if (items.existsById(itemId)) {
			throw new DomainException("item.alreadyRegistered");
		}
		Marking marking = Marking.parse(p.marking(), p.runsFrom(), p.authority().strip(), p.extension());
		requireUnit(p.unitId());
		if (!me.clearance().dominates(marking.level())) {
			throw new FieldException("marking", "item.aboveOwnClearance");
		}
		if (!clearances.authorityOf(p.unitId()).dominates(marking.level())) {
			throw new FieldException("marking", "officer.aboveUnitAuthority", clearances.authorityOf(p.unitId()).chinese());
		}
		Set<UUID> persons = p.persons() == null ? Set.of() : p.persons();
		Set<UUID> units = p.units() == null ? Set.of() : p.units();
		if (marking.level().needsNamedScope() && persons.isEmpty() && units.isEmpty()) {
			throw new FieldException("persons", "item.scopeRequired");
		}
		Set<String> compartments = Clearances.compartments(p.compartments());
		if (!me.compartments().containsAll(compartments)) {
			throw new FieldException("compartments", "item.compartmentNotHeld");
		}
		ProtectedItem item = items.save(new ProtectedItem(itemId, itemType, marking, p.extension(), p.unitId(), compartments, me.accountId()));
		for (UUID person : persons) {
			requirePerson(person);
			scopes.save(new ScopeEntry(UUID.randomUUID(), itemId, person, null, null, null, clock.instant()));
		}
		for (UUID unit : units) {
			requireUnit(unit);
			scopes.save(new ScopeEntry(UUID.randomUUID(), itemId, null, unit, null, null, clock.instant()));
		}
		record(item, "proposed");
		audit.record(AuditRecord.success("secrecy.item.propose", itemType, itemId, "marking=" + marking.text() + " unit=" + p.unitId()
				+ " scope=" + persons.size() + " persons, " + units.size() + " units"));
		return item;
	}

	/**
	 * Registers an item received from another organ under the marking the sender gave it (the sender
	 * classified it; our officers do not approve it again). The person registering must be cleared for
	 * the level; the scope is the receiving units.
	 */
	@Transactional
	public ProtectedItem registerReceived(String itemType, UUID itemId, String markingText, LocalDate runsFrom, String sender, UUID unitId,
			Set<UUID> units) {
		Subject me = policy.currentSubject();
		if (me.accountId() == null) {
			throw new NotFoundException();
		}
		if (items.existsById(itemId)) {
			throw new DomainException("item.alreadyRegistered");
		}
		Marking marking = Marking.parse(markingText, runsFrom, sender, true);
		if (!me.clearance().dominates(marking.level())) {
			throw new FieldException("marking", "item.aboveOwnClearance");
		}
		requireUnit(unitId);
		ProtectedItem item = new ProtectedItem(itemId, itemType, marking, true, unitId, Set.of(), me.accountId());
		item.received(me.accountId(), LocalDate.now(clock));
		items.save(item);
		for (UUID unit : units) {
			requireUnit(unit);
			scopes.save(new ScopeEntry(UUID.randomUUID(), itemId, null, unit, null, null, clock.instant()));
		}
		record(item, "received from " + sender);
		audit.record(AuditRecord.success("secrecy.item.receive", itemType, itemId, "marking=" + marking.text() + " from " + sender + " unit="
				+ unitId));
		return item;
	}

	/**
	 * Widens an item's scope to the persons and units a distribution decided on the item names (a
	 * leader's instruction, the office's circulation list), recorded with who decided and why. Only
	 * someone who may read the item distributes it; people already in scope are not added twice.
	 */
	@Transactional
	public void widenScope(UUID itemId, Set<UUID> persons, Set<UUID> units, String reason) {
		ProtectedItem item = items.findById(itemId).orElse(null);
		if (item == null || item.effectiveLevel() == Level.UNCLASSIFIED) {
			return;
		}
		Subject me = policy.currentSubject();
		Protection protection = protectionOf(item);
		if (!AccessPolicy.mayRead(me, protection)) {
			throw new NotFoundException();
		}
		int added = 0;
		for (UUID person : persons) {
			if (!protection.persons().contains(person)) {
				requirePerson(person);
				scopes.save(new ScopeEntry(UUID.randomUUID(), itemId, person, null, me.accountId(), reason, clock.instant()));
				added++;
			}
		}
		for (UUID unit : units) {
			if (!protection.units().contains(unit)) {
				requireUnit(unit);
				scopes.save(new ScopeEntry(UUID.randomUUID(), itemId, null, unit, me.accountId(), reason, clock.instant()));
				added++;
			}
		}
		if (added > 0) {
			audit.record(AuditRecord.success("secrecy.item.distribute", item.itemType(), itemId, added + " added, reason=" + reason));
		}
	}

	/** A classification officer of the item's unit approves the proposed marking, within their level. */
	@Transactional
	public ProtectedItem approve(UUID itemId) {
		ProtectedItem item = items.findById(itemId).orElseThrow(NotFoundException::new);
		Subject me = policy.currentSubject();
		requireOfficer(me, item, item.level(), false);
		item.approve(me.accountId(), LocalDate.now(clock));
		record(item, "approved");
		audit.record(AuditRecord.success("secrecy.item.approve", item.itemType(), itemId, "marking=" + item.markingText()));
		return item;
	}

	/**
	 * Changes level, period or authority: an officer of the classifying unit or of a unit above it. An
	 * extension (a later end) is possible only before the period ends.
	 */
	@Transactional
	public ProtectedItem remark(UUID itemId, Remarking change) {
		ProtectedItem item = items.findById(itemId).orElseThrow(NotFoundException::new);
		Subject me = policy.currentSubject();
		requireOfficer(me, item, item.level(), true);
		Marking next = Marking.parse(change.marking(), item.runsFrom(), item.authority(), change.extended());
		if (!isOfficer(me, item.unitId(), next.level(), true)) {
			throw new FieldException("marking", "item.aboveOwnClearance");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate oldEnd = item.declassifiesOn();
		LocalDate newEnd = next.declassifiesOn().orElse(null);
		boolean later = oldEnd != null && (newEnd == null || newEnd.isAfter(oldEnd));
		if (later && !today.isBefore(oldEnd)) {
			throw new FieldException("marking", "item.extensionAfterExpiry", oldEnd);
		}
		String before = item.markingText();
		item.remark(next, change.extended() || item.extended());
		record(item, change.reason().strip());
		notifyScope(item, before, next.text());
		audit.record(AuditRecord.success("secrecy.item.remark", item.itemType(), itemId, before + " -> " + next.text() + " reason="
				+ change.reason().strip()));
		return item;
	}

	/** Declassifies every item whose period has ended; runs daily and on demand. Returns how many. */
	@Transactional
	@Scheduled(cron = "${chancery.secrecy.declassification-cron:0 5 0 * * *}")
	public int declassifyDue() {
		LocalDate today = LocalDate.now(clock);
		List<ProtectedItem> due = items.findByStateInAndDeclassifiesOnLessThanEqual(EnumSet.of(ProtectedItem.State.PROPOSED,
				ProtectedItem.State.CLASSIFIED), today);
		for (ProtectedItem item : due) {
			item.declassify();
			history.save(new MarkingRecord(UUID.randomUUID(), item.id(), "解密", item.state(), "period ended " + item.declassifiesOn(), "system",
					clock.instant()));
			audit.record(new AuditRecord("secrecy.item.declassify", item.itemType(), item.id().toString(), org.chancery.audit.Outcome.SUCCESS,
					"was " + item.markingText() + ", period ended " + item.declassifiesOn(), "system"));
			notifyScope(item, item.markingText(), "解密");
		}
		return due.size();
	}

	/** The yearly review queue of a unit: classified items whose review is due. */
	public List<ProtectedItem> reviewQueue(UUID unitId) {
		if (!Principals.has("ROLE_SECURITY_ADMIN")) {
			if (!isOfficer(policy.currentSubject(), unitId, Level.CONFIDENTIAL, false)) {
				throw new DomainException("item.notOfficer");
			}
		}
		return items.findByUnitIdAndStateAndNextReviewLessThanEqualOrderByNextReview(unitId, ProtectedItem.State.CLASSIFIED,
				LocalDate.now(clock));
	}

	@Transactional
	public ProtectedItem markReviewed(UUID itemId) {
		ProtectedItem item = items.findById(itemId).orElseThrow(NotFoundException::new);
		requireOfficer(policy.currentSubject(), item, item.level(), true);
		item.reviewed(LocalDate.now(clock));
		audit.record(AuditRecord.success("secrecy.item.review", item.itemType(), itemId, "kept " + item.markingText()));
		return item;
	}

	// ------------------------------------------------------------ need-to-know

	/**
	 * Admits a person from outside the scope: only with the approval of the responsible leader of the
	 * classifying unit (a leader of that unit), recorded with the reason.
	 */
	@Transactional
	public ScopeEntry approveReader(UUID itemId, ReaderApproval approval) {
		ProtectedItem item = items.findById(itemId).orElseThrow(NotFoundException::new);
		if (!AccessPolicy.mayRead(policy.currentSubject(), protectionOf(item))) {
			throw new NotFoundException();
		}
		if (!ChanceryUser.currentHolds(Role.LEADER, item.unitId())) {
			throw new DomainException("item.notResponsibleLeader");
		}
		requirePerson(approval.personId());
		ScopeEntry entry = scopes.save(new ScopeEntry(UUID.randomUUID(), itemId, approval.personId(), null, policy.currentSubject().accountId(),
				approval.reason().strip(), clock.instant()));
		audit.record(AuditRecord.success("secrecy.item.approveReader", item.itemType(), itemId, "person=" + approval.personId() + " reason="
				+ approval.reason().strip()));
		return entry;
	}

	// ------------------------------------------------------------ reading

	public Optional<ProtectedItem> find(UUID itemId) {
		return items.findById(itemId);
	}

	/** The protection the policy applies to a registered item; an unregistered item is open. */
	public Protection protectionOf(UUID itemId) {
		return items.findById(itemId).map(this::protectionOf).orElse(Protection.open());
	}

	private Protection protectionOf(ProtectedItem item) {
		if (item.effectiveLevel() == Level.UNCLASSIFIED) {
			return Protection.open();
		}
		List<ScopeEntry> scope = scopes.findByItemIdOrderByAddedAt(item.id());
		return new Protection(item.effectiveLevel(), item.compartments(),
				scope.stream().map(ScopeEntry::personId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()),
				scope.stream().map(ScopeEntry::unitId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
	}

	/**
	 * Lets the current person read the item or answers exactly as for an item that does not exist. A
	 * read of 机密 or 绝密 is disclosed: recorded for the item and in the audit log, in the reader's
	 * transaction.
	 */
	@Transactional
	public void requireReadable(UUID itemId) {
		Subject me = policy.currentSubject();
		Optional<ProtectedItem> item = items.findById(itemId);
		Protection protection = item.map(this::protectionOf).orElse(Protection.open());
		if (!AccessPolicy.mayRead(me, protection)) {
			throw new NotFoundException();
		}
		if (item.isPresent() && protection.level().needsNamedScope()) {
			items.flush();
			jdbc.update("insert into sec_disclosure (id, item_id, account_id, read_at) values (?,?,?,?)", UUID.randomUUID(), itemId,
					me.accountId(), java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
			audit.record(AuditRecord.success("secrecy.disclosure", item.get().itemType(), itemId, "level=" + protection.level()));
		}
	}

	/**
	 * The query condition "the subject may read the item with this id", for lists and counts in any
	 * module: evaluated by the database, so pages and counts never include what the reader may not see.
	 * Items not in the register are open.
	 */
	public static Predicate readable(Path<UUID> itemId, CriteriaQuery<?> query, CriteriaBuilder cb, Subject subject) {
		if (subject.accountId() == null) {
			return cb.disjunction();
		}
		Subquery<UUID> registered = query.subquery(UUID.class);
		Root<ProtectedItem> any = registered.from(ProtectedItem.class);
		registered.select(any.get("id")).where(cb.equal(any.get("id"), itemId));
		Subquery<UUID> allowed = query.subquery(UUID.class);
		Root<ProtectedItem> item = allowed.from(ProtectedItem.class);
		allowed.select(item.get("id")).where(cb.equal(item.get("id"), itemId), allows(item, query, cb, subject));
		// PostgreSQL evaluates both as hashed sub-plans, which suits counts and whole lists
		return cb.or(cb.not(cb.exists(registered)), cb.exists(allowed));
	}

	/**
	 * The same condition as {@link #readable}, for the first page of a large table read in index order:
	 * one NOT EXISTS, which the database runs as an anti-join probing the register's primary key for
	 * each row it reads (PostgreSQL hashes the whole register for {@link #readable}, 80 ms a page at
	 * 50,000 classified items; this form takes under 1 ms). Not for counts or unlimited lists: there a
	 * generic plan may join without the key.
	 */
	public static Predicate readableRowByRow(Path<UUID> itemId, CriteriaQuery<?> query, CriteriaBuilder cb, Subject subject) {
		if (subject.accountId() == null) {
			return cb.disjunction();
		}
		Subquery<UUID> refused = query.subquery(UUID.class);
		Root<ProtectedItem> item = refused.from(ProtectedItem.class);
		refused.select(item.get("id")).where(cb.equal(item.get("id"), itemId), cb.not(allows(item, query, cb, subject)));
		return cb.not(cb.exists(refused));
	}

	/** The dominance rule on a register entry: declassified, or level, compartments and scope all let the subject read it. */
	private static Predicate allows(Root<ProtectedItem> item, CriteriaQuery<?> query, CriteriaBuilder cb, Subject subject) {
		Predicate declassified = cb.equal(item.get("state"), ProtectedItem.State.DECLASSIFIED);

		Predicate dominated = cb.le(item.get("levelRank"), subject.clearance().ordinal());
		Subquery<String> missing = query.subquery(String.class);
		Root<ProtectedItem> again = missing.from(ProtectedItem.class);
		Join<ProtectedItem, String> code = again.join("compartments");
		missing.select(code).where(cb.equal(again.get("id"), item.get("id")),
				subject.compartments().isEmpty() ? cb.conjunction() : cb.not(code.in(subject.compartments())));
		Predicate compartmentsHeld = cb.not(cb.exists(missing));

		Subquery<UUID> anyScope = query.subquery(UUID.class);
		Root<ScopeEntry> s1 = anyScope.from(ScopeEntry.class);
		anyScope.select(s1.get("itemId")).where(cb.equal(s1.get("itemId"), item.get("id")));
		Subquery<UUID> inScope = query.subquery(UUID.class);
		Root<ScopeEntry> s2 = inScope.from(ScopeEntry.class);
		List<Predicate> mine = new ArrayList<>();
		if (subject.personId() != null) {
			mine.add(cb.equal(s2.get("personId"), subject.personId()));
		}
		if (subject.unitId() != null) {
			mine.add(cb.equal(s2.get("unitId"), subject.unitId()));
		}
		inScope.select(s2.get("itemId")).where(cb.equal(s2.get("itemId"), item.get("id")),
				mine.isEmpty() ? cb.disjunction() : cb.or(mine.toArray(Predicate[]::new)));
		Predicate scopeOk = cb.or(
				cb.and(cb.lt(item.get("levelRank"), Level.SECRET.ordinal()), cb.not(cb.exists(anyScope))),
				cb.exists(inScope));

		return cb.or(declassified, cb.and(dominated, compartmentsHeld, scopeOk));
	}

	// ------------------------------------------------------------ the security administrator's register

	@PreAuthorize(Clearances.SECURITY_ADMIN)
	public Page<ProtectedItem> register(Pageable pageable) {
		return items.findAllByOrderByNextReviewAsc(pageable);
	}

	@PreAuthorize(Clearances.SECURITY_ADMIN)
	public ProtectedItem registered(UUID itemId) {
		return items.findById(itemId).orElseThrow(NotFoundException::new);
	}

	@PreAuthorize(Clearances.SECURITY_ADMIN)
	public List<ScopeEntry> scope(UUID itemId) {
		return scopes.findByItemIdOrderByAddedAt(itemId);
	}

	@PreAuthorize(Clearances.SECURITY_ADMIN)
	public List<MarkingRecord> history(UUID itemId) {
		return history.findByItemIdOrderByChangedAt(itemId);
	}

	/** Everyone who has come to know the item. */
	@PreAuthorize(Clearances.SECURITY_ADMIN)
	public List<Disclosure> disclosures(UUID itemId) {
		return jdbc.query("select account_id, min(read_at), max(read_at), count(*) from sec_disclosure where item_id = ? group by account_id "
				+ "order by min(read_at)", (rs, i) -> new Disclosure(rs.getObject(1, UUID.class),
						rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
						rs.getLong(4)), itemId);
	}

	// ------------------------------------------------------------ the item page of officers, leaders and readers

	/** What the current person may see and do about one item. */
	public record ItemWork(ProtectedItem item, List<MarkingRecord> history, boolean reader, boolean officer, boolean leader) {
	}

	/**
	 * The item as its officers (of its unit or a unit above), the leaders of its unit and its readers
	 * see it. To everyone else it does not exist.
	 */
	public ItemWork workView(UUID itemId) {
		ProtectedItem item = items.findById(itemId).orElseThrow(NotFoundException::new);
		Subject me = policy.currentSubject();
		boolean reader = AccessPolicy.mayRead(me, protectionOf(item));
		boolean officer = isOfficer(me, item.unitId(), item.level(), true);
		if (!reader && !officer) {
			throw new NotFoundException();
		}
		boolean leader = reader && ChanceryUser.currentHolds(Role.LEADER, item.unitId());
		return new ItemWork(item, history.findByItemIdOrderByChangedAt(itemId), reader, officer, leader);
	}

	// ------------------------------------------------------------ notices

	/** A written notice of the change to everyone in the item's scope (named people and the people of named units). */
	private void notifyScope(ProtectedItem item, String before, String after) {
		List<ScopeEntry> scope = scopes.findByItemIdOrderByAddedAt(item.id());
		Set<UUID> people = new HashSet<>();
		scope.stream().map(ScopeEntry::personId).filter(java.util.Objects::nonNull).forEach(people::add);
		people.addAll(organization.activePeopleIn(scope.stream().map(ScopeEntry::unitId).filter(java.util.Objects::nonNull).toList()));
		var now = java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
		items.flush();
		for (var account : directory.ofPeople(people)) {
			jdbc.update("insert into sec_notice (id, item_id, account_id, old_marking, new_marking, created_at) values (?,?,?,?,?,?)",
					UUID.randomUUID(), item.id(), account.accountId(), before, after, now);
		}
	}

	/** A change of marking the reader was told about. */
	public record Notice(UUID id, UUID itemId, String oldMarking, String newMarking, java.time.Instant createdAt) {
	}

	/** The signed-in person's unacknowledged notices. */
	public List<Notice> myNotices() {
		Subject me = policy.currentSubject();
		if (me.accountId() == null) {
			return List.of();
		}
		return jdbc.query("select id, item_id, old_marking, new_marking, created_at from sec_notice where account_id = ? and acknowledged_at is null "
				+ "order by created_at", (rs, i) -> new Notice(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
						rs.getString(4), rs.getObject(5, java.time.OffsetDateTime.class).toInstant()), me.accountId());
	}

	@Transactional
	public void acknowledge(UUID noticeId) {
		Subject me = policy.currentSubject();
		int updated = jdbc.update("update sec_notice set acknowledged_at = ? where id = ? and account_id = ? and acknowledged_at is null",
				java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), noticeId, me.accountId());
		if (updated == 0) {
			throw new NotFoundException();
		}
	}

	// ------------------------------------------------------------ helpers

	private void record(ProtectedItem item, String reason) {
		history.save(new MarkingRecord(UUID.randomUUID(), item.id(), item.markingText(), item.state(), reason, Principals.username(), clock.instant()));
	}

	/**
	 * Lets officers of the item's unit (or, where allowed, of a unit above it) act for the level. Anyone
	 * else who may read the item is told they are not an officer; to everyone else the item does not exist.
	 */
	private void requireOfficer(Subject me, ProtectedItem item, Level level, boolean superiorsToo) {
		if (isOfficer(me, item.unitId(), level, superiorsToo)) {
			return;
		}
		if (AccessPolicy.mayRead(me, protectionOf(item))) {
			throw new DomainException("item.notOfficer");
		}
		throw new NotFoundException();
	}

	private boolean isOfficer(Subject me, UUID unitId, Level level, boolean superiorsToo) {
		if (me.accountId() == null || !me.clearance().dominates(level)) {
			return false;
		}
		Set<UUID> units = new HashSet<>();
		units.add(unitId);
		if (superiorsToo) {
			UUID cursor = organization.unit(unitId).parentId();
			while (cursor != null && units.add(cursor)) {
				cursor = organization.unit(cursor).parentId();
			}
		}
		return officers.findByAccountIdAndEndedAtIsNull(me.accountId()).stream()
			.anyMatch(o -> units.contains(o.unitId()) && o.maxLevel().dominates(level));
	}

	private void requireUnit(UUID unitId) {
		Unit unit = organization.unitsById(List.of(unitId)).get(unitId);
		if (unit == null || !unit.active()) {
			throw new FieldException("unitId", "person.unitUnknown");
		}
	}

	private void requirePerson(UUID personId) {
		var person = organization.peopleById(List.of(personId)).get(personId);
		if (person == null || !person.active()) {
			throw new FieldException("persons", "person.unknown");
		}
	}

}
