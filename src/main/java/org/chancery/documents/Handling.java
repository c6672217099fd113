package org.chancery.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.identity.AccountDirectory;
import org.chancery.identity.ChanceryUser;
import org.chancery.identity.Role;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.FieldException;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Organization;
import org.chancery.secrecy.AccessPolicy;
import org.chancery.secrecy.Level;
import org.chancery.secrecy.ProtectedItems;
import org.chancery.workflow.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handling an incoming document after its initial review (RULES §1.5): the office's proposed handling
 * (拟办), the leaders' instructions (批示) with a lead unit, co-units and a deadline, the units' reports,
 * reading circulations, chasing (催办) by a named chaser, the reply (答复) started as an outgoing
 * document linked both ways, and closing (办结). Every instruction is published as
 * {@link InstructionGiven}. Deadlines are counted in working days on the office's calendar.
 */
@Service
@Transactional
public class Handling {

	/** The office's proposed handling, put to a leader for an instruction. */
	public record ProposalDraft(@NotBlank @Size(max = 2000) String text, @Nullable UUID leaderAccountId) {
	}

	/** A leader's instruction: text, lead unit, co-units, and a deadline as a date or as working days from today. */
	public record InstructionDraft(@NotBlank @Size(max = 2000) String text, @Nullable UUID leadUnitId, @Nullable List<UUID> coUnitIds,
			@Nullable LocalDate deadline, @Nullable @Min(1) @Max(365) Integer workingDays) {
	}

	/** A circulation: ordered or parallel, and its readers (none given: the leaders in order of precedence). */
	public record CirculationDraft(@NotNull Circulation.Mode mode, @Nullable List<UUID> readerAccountIds) {
	}

	public record Note(@Nullable @Size(max = 2000) String text) {
	}

	public record Reason(@Nullable @Size(max = 1000) String reason) {
	}

	public record Report(@NotBlank @Size(max = 4000) String text) {
	}

	public record ReplyDraft(@NotNull DocumentType type, @NotNull UUID issuingUnitId) {
	}

	/** Where the document is now: a message key and the names it mentions. */
	public record Location(String key, List<String> names) {
	}

	/** Everything about one incoming document a reader may see. */
	public record View(IncomingDocument document, Location location, List<Instruction> instructions, List<Assignment> assignments,
			List<Circulation> circulations, Map<UUID, String> unitNames, @Nullable String chaserName, @Nullable String instructorName,
			@Nullable OutgoingDocument reply, boolean overdue) {

		public @Nullable Circulation running() {
			return circulations.stream().filter(c -> c.state() == Circulation.State.RUNNING).findFirst().orElse(null);
		}
	}

	/** A late item for the chaser: the document, what is late (the document, a unit's report, a reader) and since when. */
	public record Late(IncomingDocument document, String what, @Nullable String who, @Nullable Instant due) {
	}

	static final Set<Role> OFFICE = java.util.EnumSet.of(Role.OFFICE_DIRECTOR, Role.DOCUMENT_CLERK, Role.CONFIDENTIAL_CLERK);

	private final Receiving receiving;
	private final Incoming incoming;
	private final Instructions instructions;
	private final Assignments assignments;
	private final Circulations circulations;
	private final Documents outgoing;
	private final Drafting drafting;
	private final IncomingAccess access;
	private final ProtectedItems protectedItems;
	private final AccessPolicy policy;
	private final AccountDirectory directory;
	private final Organization organization;
	private final WorkingDays workingDays;
	private final ApplicationEventPublisher events;
	private final AuditTrail audit;
	private final Clock clock;

	Handling(Receiving receiving, Incoming incoming, Instructions instructions, Assignments assignments, Circulations circulations, Documents outgoing,
			Drafting drafting, IncomingAccess access, ProtectedItems protectedItems, AccessPolicy policy, AccountDirectory directory,
			Organization organization, WorkingDays workingDays, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.receiving = receiving;
		this.incoming = incoming;
		this.instructions = instructions;
		this.assignments = assignments;
		this.circulations = circulations;
		this.outgoing = outgoing;
		this.drafting = drafting;
		this.access = access;
		this.protectedItems = protectedItems;
		this.policy = policy;
		this.directory = directory;
		this.organization = organization;
		this.workingDays = workingDays;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ proposal and instruction

	/** The office proposes how to handle it (拟办) and may put it to a leader for an instruction. */
	public IncomingDocument propose(UUID id, ProposalDraft p) {
		IncomingDocument d = receiving.visible(id);
		ChanceryUser me = requireOffice();
		UUID leader = p.leaderAccountId();
		if (leader != null) {
			AccountDirectory.Holder h = holder(leader, "leaderAccountId");
			if (!h.holds(Role.LEADER)) {
				throw new FieldException("leaderAccountId", "incoming.notALeader");
			}
			distribute(d, Set.of(h), Set.of(), "拟办：呈" + h.displayName());
		}
		d.propose(p.text().strip(), leader, me.displayName(), clock.instant());
		audit.record(AuditRecord.success("incoming.propose", "incoming", d.id(), leader == null ? "no leader named" : "to leader " + leader));
		return d;
	}

	/** The instructions a leader gives in one click, with the names of the other leaders filled in. */
	public List<String> commonInstructions() {
		List<String> common = new ArrayList<>(List.of("同意", "已阅", "按规定办理", "请抓紧办理并报结果"));
		UUID me = ChanceryUser.current().map(ChanceryUser::accountId).orElse(null);
		leaders().stream().filter(h -> !h.accountId().equals(me)).forEach(h -> common.add("请" + h.displayName() + "同志阅处"));
		return common;
	}

	/**
	 * A leader instructs (批示). Naming co-units needs a lead unit; an urgent document handed to a unit
	 * needs a deadline (without one, the deadline set at the review carries over). The named units join the document (and its need-to-know scope), get it in their
	 * to-do lists, and the instruction is published for supervision.
	 */
	public Instruction instruct(UUID id, InstructionDraft draft) {
		IncomingDocument d = receiving.visible(id);
		ChanceryUser me = ChanceryUser.current().orElseThrow(NotFoundException::new);
		if (!me.has(Role.LEADER)) {
			throw new DomainException("incoming.leadersOnly");
		}
		if (d.state() != IncomingDocument.State.HANDLING) {
			throw new DomainException("incoming.wrongState", d.state().name());
		}
		List<UUID> co = draft.coUnitIds() == null ? List.of() : draft.coUnitIds().stream().distinct().toList();
		UUID lead = draft.leadUnitId();
		if (!co.isEmpty() && lead == null) {
			throw new FieldException("leadUnitId", "incoming.leadRequired");
		}
		if (lead != null && co.contains(lead)) {
			throw new FieldException("coUnitIds", "incoming.leadAlsoCo");
		}
		Set<UUID> units = new LinkedHashSet<>();
		if (lead != null) {
			units.add(lead);
		}
		units.addAll(co);
		Set<UUID> known = organization.units().stream().filter(u -> u.active()).map(u -> u.id()).collect(java.util.stream.Collectors.toSet());
		if (!known.containsAll(units)) {
			throw new FieldException(lead != null && !known.contains(lead) ? "leadUnitId" : "coUnitIds", "document.unknownUnit");
		}
		LocalDate deadline = draft.deadline();
		if (deadline == null && draft.workingDays() != null) {
			deadline = workingDays.plus(LocalDate.now(clock), draft.workingDays());
		}
		if (deadline != null && deadline.isBefore(LocalDate.now(clock))) {
			throw new FieldException("deadline", "incoming.deadlinePast");
		}
		if (deadline == null && lead != null) {
			deadline = d.deadline();
		}
		if (lead != null && deadline == null && d.urgency() != Urgency.NORMAL) {
			throw new FieldException("deadline", "incoming.deadlineRequired");
		}
		Instruction instruction = instructions.save(new Instruction(UUID.randomUUID(), d.id(), me.accountId(), me.displayName(), draft.text().strip(),
				lead, co, deadline, clock.instant()));
		for (UUID unit : units) {
			assignments.save(new Assignment(UUID.randomUUID(), d.id(), instruction.id(), unit, unit.equals(lead), deadline));
		}
		distribute(d, Set.of(), units, "批示：" + me.displayName());
		d.instructed(deadline);
		events.publishEvent(new InstructionGiven(instruction.id(), d.id(), String.valueOf(d.registrationNumber()), d.title(), me.accountId(),
				me.displayName(), instruction.text(), lead, co, deadline, instruction.givenAt()));
		audit.record(AuditRecord.success("incoming.instruct", "incoming", d.id(), "lead=" + lead + " co=" + co.size() + " deadline=" + deadline));
		return instruction;
	}

	/** Someone of the unit reports back on its share; the lead unit's report completes the handling it was given. */
	public Assignment report(UUID assignmentId, Report report) {
		Assignment a = assignments.findById(assignmentId).orElseThrow(NotFoundException::new);
		receiving.visible(a.incomingId());
		ChanceryUser me = ChanceryUser.current().orElseThrow(NotFoundException::new);
		if (!access.reader().units().contains(a.unitId())) {
			throw new DomainException("assignment.notYourUnit");
		}
		a.report(report.text().strip(), me.displayName(), clock.instant());
		audit.record(AuditRecord.success("incoming.report", "incoming", a.incomingId(), (a.lead() ? "lead " : "co ") + "unit " + a.unitId()));
		return a;
	}

	// ------------------------------------------------------------------ circulation

	/**
	 * The office sends it round for reading: ordered or parallel, to the readers named or by default to
	 * the leaders in order of precedence. One circulation runs at a time; classified documents only to
	 * readers cleared for them, who join the need-to-know scope.
	 */
	public Circulation circulate(UUID id, CirculationDraft draft) {
		IncomingDocument d = receiving.visible(id);
		ChanceryUser me = requireOffice();
		if (d.state() != IncomingDocument.State.HANDLING) {
			throw new DomainException("incoming.wrongState", d.state().name());
		}
		if (circulations.findByIncomingIdOrderByStartedAtAsc(d.id()).stream().anyMatch(c -> c.state() == Circulation.State.RUNNING)) {
			throw new DomainException("circulation.alreadyRunning");
		}
		List<AccountDirectory.Holder> readers = draft.readerAccountIds() == null || draft.readerAccountIds().isEmpty() ? leaders()
				: draft.readerAccountIds().stream().map(r -> holder(r, "readerAccountIds")).toList();
		if (readers.isEmpty()) {
			throw new FieldException("readerAccountIds", "circulation.noReaders");
		}
		distribute(d, Set.copyOf(readers), Set.of(), "传阅");
		Circulation c = circulations.save(new Circulation(UUID.randomUUID(), d.id(), draft.mode(),
				readers.stream().map(h -> new Circulation.Reader(h.accountId(), h.displayName())).toList(), me.displayName(), clock.instant(),
				due(d)));
		audit.record(AuditRecord.success("incoming.circulate", "incoming", d.id(), draft.mode() + " to " + readers.size() + " readers"));
		return c;
	}

	/** The current reader marks it read (阅), with an optional comment; it goes on to the next reader. */
	public Circulation read(UUID circulationId, Note note) {
		Circulation c = circulation(circulationId);
		ChanceryUser me = ChanceryUser.current().orElseThrow(NotFoundException::new);
		c.read(me.accountId(), note.text(), clock.instant(), due(incoming.findById(c.incomingId()).orElseThrow()));
		audit.record(AuditRecord.success("incoming.read", "incoming", c.incomingId(), "read by " + me.displayName()));
		return c;
	}

	/** The current reader returns it to the office, with a reason. */
	public Circulation returnIt(UUID circulationId, Reason reason) {
		Circulation c = circulation(circulationId);
		ChanceryUser me = ChanceryUser.current().orElseThrow(NotFoundException::new);
		String why = Drafting.blankToNull(reason.reason());
		if (why == null) {
			throw new FieldException("reason", "circulation.returnNeedsReason");
		}
		c.returnIt(me.accountId(), why, clock.instant());
		audit.record(AuditRecord.success("incoming.circulationReturned", "incoming", c.incomingId(), me.displayName() + ": " + why));
		return c;
	}

	/** The office passes over a reader who has not acted; refused without a reason. */
	public Circulation skip(UUID circulationId, UUID stopId, Reason reason) {
		Circulation c = circulation(circulationId);
		ChanceryUser me = requireOffice();
		CirculationStop stop = c.skip(stopId, reason.reason(), me.displayName(), clock.instant(), due(incoming.findById(c.incomingId()).orElseThrow()));
		audit.record(AuditRecord.success("incoming.skip", "incoming", c.incomingId(), stop.readerName() + " skipped: " + stop.reason()));
		return c;
	}

	/** The office adds a reader at the end of the running circulation. */
	public Circulation addReader(UUID circulationId, UUID accountId) {
		Circulation c = circulation(circulationId);
		requireOffice();
		IncomingDocument d = incoming.findById(c.incomingId()).orElseThrow();
		AccountDirectory.Holder h = holder(accountId, "accountId");
		distribute(d, Set.of(h), Set.of(), "传阅");
		c.add(new Circulation.Reader(h.accountId(), h.displayName()), clock.instant(), due(d));
		audit.record(AuditRecord.success("incoming.addReader", "incoming", c.incomingId(), h.displayName()));
		return c;
	}

	/** The office or the chaser chases a reader who has it now. */
	public Circulation chaseReader(UUID circulationId, UUID stopId) {
		Circulation c = circulation(circulationId);
		IncomingDocument d = incoming.findById(c.incomingId()).orElseThrow();
		requireChaser(d);
		c.chase(stopId, clock.instant());
		audit.record(AuditRecord.success("incoming.chaseReader", "incoming", d.id(), "stop " + stopId));
		return c;
	}

	private Circulation circulation(UUID circulationId) {
		Circulation c = circulations.findById(circulationId).orElseThrow(NotFoundException::new);
		receiving.visible(c.incomingId());
		return c;
	}

	// ------------------------------------------------------------------ chasing, closing, reply

	/** The office names the chaser (催办人), who sees every late item of the document. */
	public IncomingDocument nameChaser(UUID id, UUID accountId) {
		IncomingDocument d = receiving.visible(id);
		requireOffice();
		AccountDirectory.Holder h = holder(accountId, "accountId");
		distribute(d, Set.of(h), Set.of(), "催办");
		d.nameChaser(h.accountId());
		audit.record(AuditRecord.success("incoming.chaser", "incoming", d.id(), h.displayName()));
		return d;
	}

	/** The chaser (or the office) chases the units that have not reported yet. */
	public List<Assignment> chase(UUID id) {
		IncomingDocument d = receiving.visible(id);
		requireChaser(d);
		List<Assignment> open = assignments.findByIncomingIdOrderByLeadDescUnitIdAsc(d.id()).stream().filter(a -> a.state() == Assignment.State.OPEN)
			.toList();
		if (open.isEmpty()) {
			throw new DomainException("incoming.nothingToChase");
		}
		Instant now = clock.instant();
		open.forEach(a -> a.chased(now));
		d.chased(now);
		audit.record(AuditRecord.success("incoming.chase", "incoming", d.id(), open.size() + " units chased"));
		return open;
	}

	/** Closes the handling (办结): no circulation running and the lead unit has reported. */
	public IncomingDocument done(UUID id, Note note) {
		IncomingDocument d = receiving.visible(id);
		requireOffice();
		if (circulations.findByIncomingIdOrderByStartedAtAsc(d.id()).stream().anyMatch(c -> c.state() == Circulation.State.RUNNING)) {
			throw new DomainException("incoming.circulationRunning");
		}
		if (assignments.findByIncomingIdOrderByLeadDescUnitIdAsc(d.id()).stream().anyMatch(a -> a.lead() && a.state() == Assignment.State.OPEN)) {
			throw new DomainException("incoming.leadNotReported");
		}
		d.done(Drafting.blankToNull(note.text()), clock.instant());
		audit.record(AuditRecord.success("incoming.done", "incoming", d.id(), "closed"));
		return d;
	}

	/**
	 * Starts the answer as an outgoing 函 or 批复 of the drafter's unit, pre-filled (title, the sender as
	 * main recipient, the opening sentence) and linked both ways.
	 */
	public OutgoingDocument startReply(UUID id, ReplyDraft r) {
		IncomingDocument d = receiving.visible(id);
		if (r.type() != DocumentType.LETTER && r.type() != DocumentType.REPLY) {
			throw new FieldException("type", "incoming.replyType");
		}
		if (d.state() != IncomingDocument.State.HANDLING && d.state() != IncomingDocument.State.DONE) {
			throw new DomainException("incoming.wrongState", d.state().name());
		}
		List<Addressee> to = d.senderKind() != null && d.senderId() != null && d.senderKind() != Party.Kind.PERSON
				? List.of(new Addressee(d.senderKind(), d.senderId())) : List.of();
		String cited = "《" + d.title() + "》" + (d.senderReference() == null ? "" : "（" + d.senderReference() + "）");
		String opening = r.type() == DocumentType.REPLY ? "你单位" + cited + "收悉。经研究，现批复如下：" : "你单位" + cited + "收悉。现函复如下：";
		String title = "关于" + subject(d) + (r.type() == DocumentType.REPLY ? "的批复" : "的复函");
		OutgoingDocument reply = drafting.create(new Drafting.Draft(r.type(), null, r.issuingUnitId(), title.length() > 300 ? title.substring(0, 300) : title,
				d.urgency(), null, false, null, opening, null, null, to, null, null, null, null, null, null));
		d.replied(reply.id());
		reply.answers(d.id());
		audit.record(AuditRecord.success("incoming.reply", "incoming", d.id(), "reply " + reply.id()));
		return reply;
	}

	/** The matter of a title: after its last 关于, without the closing 的 + type name. */
	static String subject(IncomingDocument d) {
		String t = d.title();
		int about = t.lastIndexOf("关于");
		if (about >= 0) {
			t = t.substring(about + 2);
		}
		for (DocumentType type : DocumentType.values()) {
			if (t.endsWith("的" + type.chinese())) {
				return t.substring(0, t.length() - type.chinese().length() - 1);
			}
		}
		return t;
	}

	// ------------------------------------------------------------------ reading

	/** The whole record for its page and the API. */
	public View view(UUID id) {
		IncomingDocument d = receiving.visible(id);
		List<Instruction> given = instructions.findByIncomingIdOrderByGivenAtAsc(d.id());
		List<Assignment> shares = assignments.findByIncomingIdOrderByLeadDescUnitIdAsc(d.id());
		List<Circulation> rounds = circulations.findByIncomingIdOrderByStartedAtAsc(d.id());
		Set<UUID> unitIds = new HashSet<>();
		unitIds.add(d.receivingUnitId());
		shares.forEach(a -> unitIds.add(a.unitId()));
		Map<UUID, String> unitNames = new java.util.HashMap<>();
		organization.unitsById(unitIds).forEach((k, u) -> unitNames.put(k, u.nameZh()));
		Set<UUID> people = new HashSet<>();
		if (d.chaserId() != null) {
			people.add(d.chaserId());
		}
		if (d.instructorId() != null) {
			people.add(d.instructorId());
		}
		var names = directory.byIds(people);
		OutgoingDocument reply = d.replyId() == null ? null : outgoing.findById(d.replyId()).filter(access::mayOpen).orElse(null);
		return new View(d, location(d, rounds, shares, unitNames, names), given, shares, rounds, unitNames,
				d.chaserId() == null ? null : displayName(names, d.chaserId()), d.instructorId() == null ? null : displayName(names, d.instructorId()),
				reply, d.overdueOn(LocalDate.now(clock)) || shares.stream().anyMatch(a -> a.overdueOn(LocalDate.now(clock))));
	}

	/** Where the document is at this moment. */
	static Location location(IncomingDocument d, List<Circulation> rounds, List<Assignment> shares, Map<UUID, String> unitNames,
			Map<UUID, AccountDirectory.Entry> people) {
		String receiver = unitNames.getOrDefault(d.receivingUnitId(), "");
		return switch (d.state()) {
			case ARRIVED -> new Location("incoming.location.ARRIVED", List.of(receiver));
			case SIGNED_FOR, REGISTERED -> new Location("incoming.location." + d.state(), List.of(receiver));
			case RETURNED -> new Location("incoming.location.RETURNED", List.of(d.senderName()));
			case DONE -> new Location("incoming.location.DONE", List.of(receiver));
			case HANDLING -> {
				var running = rounds.stream().filter(c -> c.state() == Circulation.State.RUNNING).findFirst();
				if (running.isPresent()) {
					yield new Location("incoming.location.READING", running.get().location().stream().map(CirculationStop::readerName).toList());
				}
				if (d.instructorId() != null) {
					yield new Location("incoming.location.INSTRUCTING", List.of(displayName(people, d.instructorId())));
				}
				var lead = shares.stream().filter(a -> a.lead() && a.state() == Assignment.State.OPEN).map(a -> unitNames.getOrDefault(a.unitId(), ""))
					.toList();
				if (!lead.isEmpty()) {
					yield new Location("incoming.location.LEAD", lead);
				}
				yield new Location("incoming.location.OFFICE", List.of(receiver));
			}
		};
	}

	private static String displayName(Map<UUID, AccountDirectory.Entry> names, UUID id) {
		AccountDirectory.Entry e = names.get(id);
		return e == null ? "" : e.displayName();
	}

	/** What is late among the documents the current user chases (the office: all it may see), the longest overdue first; at most 500. */
	@Transactional
	public List<Late> late() {
		ChanceryUser me = ChanceryUser.current().orElseThrow(NotFoundException::new);
		return late(OFFICE.stream().noneMatch(me::has));
	}

	/** What is late among the documents the current user is the named chaser of (for the to-do list). */
	@Transactional
	public List<Late> lateForMyChasing() {
		return late(true);
	}

	/**
	 * Only open documents that may be late are loaded: past their deadline, with a unit's share past its
	 * deadline, or with a reader past their time — found by the database, not by reading every open one.
	 */
	private List<Late> late(boolean onlyMine) {
		ChanceryUser me = ChanceryUser.current().orElseThrow(NotFoundException::new);
		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		var spec = access.visible().and((root, q, cb) -> {
			var shares = q.subquery(UUID.class);
			var a = shares.from(Assignment.class);
			shares.select(a.get("id")).where(cb.equal(a.get("incomingId"), root.get("id")), cb.equal(a.get("state"), Assignment.State.OPEN),
					cb.lessThan(a.get("deadline"), today));
			var readers = q.subquery(UUID.class);
			var c = readers.from(Circulation.class);
			var s = c.join("stops");
			readers.select(c.get("id")).where(cb.equal(c.get("incomingId"), root.get("id")), cb.equal(s.get("state"), CirculationStop.State.CURRENT),
					cb.lessThan(s.get("dueAt"), now));
			var open = cb.and(root.get("state").in(IncomingDocument.State.REGISTERED, IncomingDocument.State.HANDLING),
					cb.or(cb.lessThan(root.get("deadline"), today), cb.exists(shares), cb.exists(readers)));
			return onlyMine ? cb.and(open, cb.equal(root.get("chaserId"), me.accountId())) : open;
		});
		List<Late> late = new ArrayList<>();
		var candidates = incoming.findAll(spec, org.springframework.data.domain.PageRequest.of(0, 500,
				org.springframework.data.domain.Sort.by("deadline", "arrivedAt")));
		for (IncomingDocument d : candidates) {
			if (d.overdueOn(today)) {
				late.add(new Late(d, "document", null, workingDays.endOf(Objects.requireNonNull(d.deadline()))));
			}
			Map<UUID, String> units = new java.util.HashMap<>();
			List<Assignment> shares = assignments.findByIncomingIdOrderByLeadDescUnitIdAsc(d.id());
			organization.unitsById(shares.stream().map(Assignment::unitId).toList()).forEach((k, u) -> units.put(k, u.nameZh()));
			shares.stream().filter(a -> a.overdueOn(today)).forEach(a -> late.add(new Late(d, a.lead() ? "lead" : "co", units.get(a.unitId()),
					workingDays.endOf(Objects.requireNonNull(a.deadline())))));
			circulations.findByIncomingIdOrderByStartedAtAsc(d.id()).stream().filter(c -> c.state() == Circulation.State.RUNNING)
				.flatMap(c -> c.location().stream()).filter(s -> s.lateAt(now))
				.forEach(s -> late.add(new Late(d, "reader", s.readerName(), s.dueAt())));
		}
		late.sort(Comparator.comparing((Late l) -> l.due() == null ? Instant.MAX : l.due()));
		return late;
	}

	/** The roles of the office, who handle every incoming document: propose, circulate, name the chaser, close. */
	public static Set<Role> officeRoles() {
		return OFFICE;
	}

	/** The leaders, in order of precedence (seat in a leadership body, then staff number). */
	public List<AccountDirectory.Holder> leaders() {
		List<AccountDirectory.Holder> all = directory.holdersOf(Role.LEADER);
		Map<UUID, org.chancery.organization.Person> persons = organization.peopleById(all.stream().map(AccountDirectory.Holder::personId)
			.filter(Objects::nonNull).toList());
		return all.stream().filter(h -> h.personId() != null && persons.containsKey(h.personId()) && persons.get(h.personId()).active())
			.sorted(Comparator.comparingInt((AccountDirectory.Holder h) -> precedence(h.personId()))
				.thenComparing(h -> persons.get(h.personId()).staffNumber()))
			.toList();
	}

	private int precedence(@Nullable UUID personId) {
		return personId == null ? Integer.MAX_VALUE
				: organization.membershipsOf(personId).stream().filter(m -> m.current()).mapToInt(m -> m.precedence()).min().orElse(Integer.MAX_VALUE);
	}

	private AccountDirectory.Holder holder(UUID accountId, String field) {
		AccountDirectory.Entry e = directory.byIds(List.of(accountId)).get(accountId);
		if (e == null || !e.enabled() || e.personId() == null) {
			throw new FieldException(field, "incoming.unknownAccount");
		}
		return directory.holdersOf(List.of(e.personId())).stream().filter(h -> h.accountId().equals(accountId)).findFirst()
			.orElseThrow(() -> new FieldException(field, "incoming.unknownAccount"));
	}

	/**
	 * Hands a classified document to more people or units: each person must be cleared for its level;
	 * they join the need-to-know scope with the reason (who decided is recorded by the register).
	 */
	private void distribute(IncomingDocument d, Set<AccountDirectory.Holder> people, Set<UUID> units, String reason) {
		if (!d.classified()) {
			return;
		}
		Level level = Level.values()[d.levelRank()];
		for (AccountDirectory.Holder h : people) {
			if (!policy.subjectOf(h.accountId(), h.personId()).clearance().dominates(level)) {
				throw new FieldException("readerAccountIds", "circulation.readerNotCleared", h.displayName());
			}
		}
		Set<UUID> persons = new HashSet<>();
		people.forEach(h -> persons.add(Objects.requireNonNull(h.personId())));
		protectedItems.widenScope(d.id(), persons, units, reason);
	}

	private Supplier<Instant> due(IncomingDocument d) {
		return () -> receiving.stepDue(d);
	}

	private static ChanceryUser requireOffice() {
		ChanceryUser me = ChanceryUser.current().orElseThrow(NotFoundException::new);
		if (OFFICE.stream().noneMatch(me::has)) {
			throw new DomainException("incoming.officeOnly");
		}
		return me;
	}

	private static void requireChaser(IncomingDocument d) {
		ChanceryUser me = ChanceryUser.current().orElseThrow(NotFoundException::new);
		if (!me.accountId().equals(d.chaserId()) && OFFICE.stream().noneMatch(me::has)) {
			throw new DomainException("incoming.chaserOnly");
		}
	}
}
