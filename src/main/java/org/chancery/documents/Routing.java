package org.chancery.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.chancery.organization.Organization;
import org.chancery.organization.Unit;
import org.chancery.secrecy.Custody;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The route of an outgoing document (RULES.md §1.4) on the BPMN engine: each method does one step's
 * work on the document and completes the engine's task in the same transaction, so the document, its
 * timeline, the audit entry and the engine never disagree. Whoever acts must hold the step's task
 * (a candidate group of theirs); anyone else is refused.
 */
@Service
@Transactional
public class Routing {

	static final String PROCESS = "outgoingDocument";

	/** A countersigning unit's answer. */
	public record Countersign(@NotNull Boolean agree, @Nullable @Size(max = 2000) String opinion) {
	}

	/** The office's review: send for signature, or return to the drafter with a reason. */
	public record Review(@NotNull Boolean send, @Nullable @Size(max = 2000) String opinion, @Nullable @Size(max = 2000) String overrideReason) {
	}

	/** The leader's sign-off: sign with an opinion, or return. */
	public record SignOff(@NotNull Boolean sign, @Nullable @Size(max = 2000) String opinion) {
	}

	public record Recheck(@Nullable @Size(max = 2000) String opinion) {
	}

	public record Registration(@NotNull @Min(1) @Max(9999) Integer copies) {
	}

	/** A leader lets a deputy sign in their place from one day to another. */
	public record DelegationRequest(@NotNull UUID deputyId, @NotNull LocalDate from, @NotNull LocalDate until,
			@jakarta.validation.constraints.NotBlank @Size(max = 500) String reason) {
	}

	/** An open step of a document and who may act on it. */
	public record OpenStep(String taskId, String step, OutgoingDocument.State state, @Nullable Date due, Date since, boolean mine) {
	}

	private final Documents documents;
	private final Printing printing;
	private final Delegations delegations;
	private final Drafting drafting;
	private final DraftingRules rules;
	private final Numbering numbering;
	private final RuntimeService runtime;
	private final TaskService tasks;
	private final AccountDirectory directory;
	private final Organization organization;
	private final Custody custody;
	private final DocumentAccess access;
	private final DocumentsProperties properties;
	private final AuditTrail audit;
	private final Clock clock;
	private final org.chancery.workflow.WorkingDays workingDays;

	Routing(Documents documents, Printing printing, Delegations delegations, Drafting drafting, DraftingRules rules, Numbering numbering, RuntimeService runtime, TaskService tasks,
			AccountDirectory directory, Organization organization, Custody custody, DocumentAccess access, DocumentsProperties properties,
			AuditTrail audit, Clock clock, org.chancery.workflow.WorkingDays workingDays) {
		this.workingDays = workingDays;
		this.documents = documents;
		this.printing = printing;
		this.delegations = delegations;
		this.drafting = drafting;
		this.rules = rules;
		this.numbering = numbering;
		this.runtime = runtime;
		this.tasks = tasks;
		this.directory = directory;
		this.organization = organization;
		this.custody = custody;
		this.access = access;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	// ------------------------------------------------------------ drafter

	/** The 行文 rules a draft would meet if submitted now. (Read-write: reading a 机密/绝密 document writes its disclosure record.) */
	public List<Finding> check(UUID id) {
		OutgoingDocument doc = drafting.visible(id);
		return findings(doc);
	}

	private List<Finding> findings(OutgoingDocument doc) {
		List<Finding> found = new ArrayList<>(rules.check(doc, drafting.body(doc)));
		checkSigners(doc, found);
		return found;
	}

	/**
	 * Signers are leaders; the signer of an upward or important document is a leader of the issuing
	 * unit or of one of its superiors (the principal leader).
	 */
	private void checkSigners(OutgoingDocument doc, List<Finding> found) {
		List<UUID> signers = doc.partyIds(Party.Role.SIGNER);
		if (signers.isEmpty()) {
			found.add(Finding.block("signerRequired", ""));
			return;
		}
		Map<UUID, Unit> units = new HashMap<>();
		organization.units().forEach(u -> units.put(u.id(), u));
		Set<UUID> line = new HashSet<>();
		line.add(doc.issuingUnitId());
		doc.partyIds(Party.Role.CO_ISSUER).forEach(line::add);
		for (UUID u : List.copyOf(line)) {
			if (units.containsKey(u)) {
				DraftingRules.superiorsOf(units.get(u), units).forEach(s -> line.add(s.id()));
			}
		}
		var holders = directory.holdersOf(signers);
		List<String> names = drafting.namesOf(doc.parties(Party.Role.SIGNER));
		for (int i = 0; i < signers.size(); i++) {
			UUID person = signers.get(i);
			var grants = holders.stream().filter(h -> person.equals(h.personId())).flatMap(h -> h.roles().stream()).toList();
			if (grants.stream().noneMatch(g -> g.role() == Role.LEADER)) {
				found.add(Finding.block("signerNotLeader", names.get(i)));
			}
			else if ((doc.direction() == Direction.UP || doc.important())
					&& grants.stream().noneMatch(g -> g.role() == Role.LEADER && line.contains(g.unitId()))) {
				found.add(Finding.block("principalSigner", names.get(i)));
			}
		}
	}

	/**
	 * The drafter submits: blocking findings refuse it with every rule named; warnings go with the document
	 * to the reviewer. The first submission starts the route, a later one resumes it.
	 */
	public List<Finding> submit(UUID id) {
		OutgoingDocument doc = drafting.visible(id);
		UUID me = me().accountId();
		if (!doc.drafterId().equals(me) || !doc.state().editableByDrafter()) {
			throw new DomainException("document.notYourStep");
		}
		List<Finding> found = findings(doc);
		List<Finding> blocking = found.stream().filter(Finding::blocking).toList();
		if (!blocking.isEmpty()) {
			throw new RulesViolated(blocking);
		}
		List<Finding> warnings = found.stream().filter(f -> !f.blocking()).toList();
		doc.warn(warnings.stream().map(Finding::rule).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
		Map<String, Object> vars = new HashMap<>();
		vars.put("countersignUnits", new ArrayList<>(doc.partyIds(Party.Role.COUNTERSIGN).stream().map(UUID::toString).toList()));
		vars.put("signers", new ArrayList<>(doc.partyIds(Party.Role.SIGNER).stream().map(UUID::toString).toList()));
		vars.put("countersignRefused", false);
		vars.put("signRefused", false);
		vars.put("classified", doc.classified());
		vars.put("stepDue", due(doc));
		if (doc.processInstanceId() == null) {
			vars.put("drafter", me.toString());
			vars.put("documentId", doc.id().toString());
			doc.routed(runtime.startProcessInstanceByKey(PROCESS, doc.id().toString(), vars).getId());
		}
		else {
			complete(task(doc, "revise"), vars);
		}
		drafting.step(doc, DocumentStep.Action.SUBMITTED, null);
		follow(doc);
		audit.record(AuditRecord.success("document.submit", "document", doc.id(), "warnings=" + doc.openWarnings()));
		return warnings;
	}

	// ------------------------------------------------------------ countersign, review, sign-off, re-check

	public OutgoingDocument countersign(UUID id, Countersign answer) {
		OutgoingDocument doc = drafting.visible(id);
		Held task = task(doc, "countersign");
		if (!answer.agree() && blank(answer.opinion())) {
			throw new FieldException("opinion", "document.reasonRequired");
		}
		String unit = task.candidate("unit-head:");
		drafting.step(doc, answer.agree() ? DocumentStep.Action.AGREED : DocumentStep.Action.RETURNED, answer.opinion(),
				organization.unit(UUID.fromString(unit)).nameZh());
		complete(task, Map.of("countersignRefused", !answer.agree(), "stepDue", due(doc)));
		follow(doc);
		audit.record(AuditRecord.success("document.countersign", "document", doc.id(), (answer.agree() ? "agreed" : "returned") + " unit=" + unit));
		return doc;
	}

	/**
	 * The office reviews. Open warnings need a written reason to be overridden before the document goes
	 * for signature; a return needs a reason too.
	 */
	public OutgoingDocument review(UUID id, Review decision) {
		OutgoingDocument doc = drafting.visible(id);
		Held task = task(doc, "review");
		if (!decision.send()) {
			if (blank(decision.opinion())) {
				throw new FieldException("opinion", "document.reasonRequired");
			}
			drafting.step(doc, DocumentStep.Action.RETURNED, decision.opinion());
		}
		else {
			if (!doc.openWarnings().isEmpty()) {
				if (blank(decision.overrideReason())) {
					throw new FieldException("overrideReason", "document.overrideRequired", String.join(", ", doc.openWarnings()));
				}
				drafting.step(doc, DocumentStep.Action.OVERRIDDEN, String.join(", ", doc.openWarnings()) + "：" + decision.overrideReason().strip());
				audit.record(AuditRecord.success("document.override", "document", doc.id(), "rules=" + doc.openWarnings()));
				doc.warningsOverridden();
			}
			drafting.step(doc, DocumentStep.Action.SENT_FOR_SIGNATURE, decision.opinion());
		}
		complete(task, Map.of("reviewOutcome", decision.send() ? "SIGN" : "RETURN", "stepDue", due(doc)));
		follow(doc);
		audit.record(AuditRecord.success("document.review", "document", doc.id(), decision.send() ? "sent for signature" : "returned"));
		return doc;
	}

	/**
	 * A signer signs (opinion, name, full date), or returns the draft. A deputy acting on a delegation
	 * signs with 代 for the principal. The date of writing is the day of the last signature.
	 */
	public OutgoingDocument signOff(UUID id, SignOff decision) {
		OutgoingDocument doc = drafting.visible(id);
		Held task = task(doc, "signOff");
		UUID principal = UUID.fromString(task.candidate("signer:"));
		ChanceryUser me = me();
		String onBehalfOf = principal.equals(me.personId()) ? null : "代" + organization.person(principal).nameZh();
		if (!decision.sign() && blank(decision.opinion())) {
			throw new FieldException("opinion", "document.reasonRequired");
		}
		if (decision.sign()) {
			drafting.step(doc, DocumentStep.Action.SIGNED, decision.opinion(), onBehalfOf);
			doc.signed(LocalDate.now(clock));
		}
		else {
			drafting.step(doc, DocumentStep.Action.RETURNED, decision.opinion(), onBehalfOf);
		}
		complete(task, Map.of("signRefused", !decision.sign(), "stepDue", due(doc)));
		follow(doc);
		audit.record(AuditRecord.success("document.signOff", "document", doc.id(), (decision.sign() ? "signed" : "returned")
				+ (onBehalfOf == null ? "" : " " + onBehalfOf)));
		return doc;
	}

	/**
	 * The office re-checks approvals, content, type and format. If the content was changed after the last
	 * signature, the change is substantive and the document goes back to the signers.
	 */
	public OutgoingDocument recheck(UUID id, Recheck recheck) {
		OutgoingDocument doc = drafting.visible(id);
		Held task = task(doc, "recheck");
		boolean changed = doc.signedVersion() == null || doc.signedVersion() != doc.versionNo();
		drafting.step(doc, DocumentStep.Action.RECHECKED, recheck.opinion());
		complete(task, Map.of("recheckOutcome", changed ? "CHANGED" : "OK", "signRefused", false, "stepDue", due(doc)));
		follow(doc);
		audit.record(AuditRecord.success("document.recheck", "document", doc.id(), changed ? "changed after signing: back to the signer" : "ok"));
		return doc;
	}

	// ------------------------------------------------------------ registration, printing, filing

	/** The document clerk registers: the reference number is given now, gapless for the code and year. */
	public OutgoingDocument register(UUID id, Registration registration) {
		OutgoingDocument doc = drafting.visible(id);
		Held task = task(doc, "register");
		ReferenceNumber number = numbering.next(doc.referenceCode(), LocalDate.now(clock).getYear(), doc.type().continuousNumbering());
		doc.register(number, registration.copies());
		drafting.step(doc, DocumentStep.Action.REGISTERED, number.text());
		complete(task, Map.of("stepDue", due(doc)));
		follow(doc);
		audit.record(AuditRecord.success("document.register", "document", doc.id(), number.text() + " copies=" + registration.copies()));
		return doc;
	}

	/** Printing: a classified document's printed copies are numbered in the secrecy copy register. */
	public OutgoingDocument print(UUID id) {
		OutgoingDocument doc = drafting.visible(id);
		Held task = task(doc, "print");
		String detail = doc.copies() + "份";
		List<String> numbers = List.of();
		if (doc.classified()) {
			var issued = custody.issue(doc.id(), new Custody.CopyRequest(doc.copies()));
			numbers = issued.stream().map(c -> c.label()).toList();
			detail = doc.copies() + "份，份号" + issued.getFirst().label() + "—" + issued.getLast().label();
		}
		printing.issue(doc, numbers);
		drafting.step(doc, DocumentStep.Action.PRINTED, detail);
		complete(task, Map.of("stepDue", due(doc)));
		follow(doc);
		audit.record(AuditRecord.success("document.print", "document", doc.id(), detail));
		return doc;
	}

	/** Completes the dispatch step once {@link Dispatching} has made the deliveries. */
	OutgoingDocument dispatched(OutgoingDocument doc, String detail) {
		Held task = task(doc, "dispatch");
		drafting.step(doc, DocumentStep.Action.DISPATCHED, detail);
		complete(task, Map.of("stepDue", due(doc)));
		follow(doc);
		return doc;
	}

	/** Fails unless the current user holds the document's open step. */
	void requireStep(OutgoingDocument doc, String step) {
		task(doc, step);
	}

	public OutgoingDocument file(UUID id) {
		OutgoingDocument doc = drafting.visible(id);
		Held task = task(doc, "file");
		drafting.step(doc, DocumentStep.Action.FILED, null);
		complete(task, Map.of());
		follow(doc);
		audit.record(AuditRecord.success("document.file", "document", doc.id(), doc.referenceNumber()));
		return doc;
	}

	// ------------------------------------------------------------ delegation

	/** A leader delegates signing to another leader for a time; the deputy then signs the leader's documents with 代. */
	public Delegation delegate(DelegationRequest request) {
		ChanceryUser me = me();
		if (me.personId() == null || !me.has(Role.LEADER)) {
			throw new DomainException("delegation.leadersOnly");
		}
		if (request.until().isBefore(request.from()) || request.until().isBefore(LocalDate.now(clock))) {
			throw new FieldException("until", "delegation.badPeriod");
		}
		if (request.deputyId().equals(me.personId())
				|| directory.holdersOf(List.of(request.deputyId())).stream().noneMatch(h -> h.holds(Role.LEADER))) {
			throw new FieldException("deputyId", "delegation.deputyNotLeader");
		}
		Delegation d = delegations.save(new Delegation(me.personId(), request.deputyId(), request.from(), request.until(), request.reason().strip()));
		audit.record(AuditRecord.success("document.delegate", "person", request.deputyId(), "from " + request.from() + " until " + request.until()));
		return d;
	}

	/** The delegations the current person gave or received. */
	@Transactional(readOnly = true)
	public List<Delegation> myDelegations() {
		UUID person = me().personId();
		if (person == null) {
			return List.of();
		}
		List<Delegation> all = new ArrayList<>(delegations.findByPrincipalId(person));
		all.addAll(delegations.findByDeputyId(person));
		return all;
	}

	// ------------------------------------------------------------ reading the route

	/** The document's open steps, each with whether the current user may act on it. (Read-write: reading a 机密/绝密 document writes its disclosure record.) */
	public List<OpenStep> openSteps(UUID id) {
		OutgoingDocument doc = drafting.visible(id);
		if (doc.processInstanceId() == null) {
			return List.of();
		}
		Set<String> mine = new HashSet<>(myTasks(doc).stream().map(Task::getId).toList());
		return tasks.createTaskQuery().processInstanceId(doc.processInstanceId()).orderByTaskCreateTime().asc().list().stream()
			.map(t -> new OpenStep(t.getId(), t.getTaskDefinitionKey(), stateOf(t.getTaskDefinitionKey()), t.getDueDate(), t.getCreateTime(),
					mine.contains(t.getId())))
			.toList();
	}

	/** The engine's candidate groups of the current user. */
	Set<String> groups() {
		ChanceryUser me = me();
		DocumentAccess.Reader reader = access.reader();
		return groupsOf(me.roles(), reader.signerIds());
	}

	static Set<String> groupsOf(Set<RoleGrant> roles, Set<UUID> signerIds) {
		Set<String> groups = new HashSet<>();
		for (RoleGrant g : roles) {
			groups.add("role:" + g.role().name());
			if ((g.role() == Role.LEADER || g.role() == Role.OFFICE_DIRECTOR) && g.unitId() != null) {
				groups.add("unit-head:" + g.unitId());
			}
		}
		signerIds.forEach(p -> groups.add("signer:" + p));
		return groups;
	}

	private List<Task> myTasks(OutgoingDocument doc) {
		Set<String> groups = groups();
		var query = tasks.createTaskQuery().processInstanceId(doc.processInstanceId()).or()
			.taskAssignee(me().accountId().toString());
		if (!groups.isEmpty()) {
			query = query.taskCandidateGroupIn(groups);
		}
		return query.endOr().list();
	}

	/**
	 * The open task of the step that the current user holds: the step's tasks (an indexed lookup) and
	 * their candidate groups, cheaper than asking the engine for "my tasks".
	 */
	private Held task(OutgoingDocument doc, String step) {
		if (doc.processInstanceId() == null) {
			throw new DomainException("document.notYourStep");
		}
		Set<String> groups = groups();
		String me = me().accountId().toString();
		for (Task t : tasks.createTaskQuery().processInstanceId(doc.processInstanceId()).taskDefinitionKey(step).list()) {
			if (me.equals(t.getAssignee())) {
				return new Held(t, List.of());
			}
			List<String> links = tasks.getIdentityLinksForTask(t.getId()).stream().map(l -> l.getGroupId()).filter(java.util.Objects::nonNull).toList();
			if (links.stream().anyMatch(groups::contains)) {
				return new Held(t, links);
			}
		}
		throw new DomainException("document.notYourStep");
	}

	/** A task the current user holds, with its candidate groups. */
	private record Held(Task task, List<String> groups) {

		/** The id in the candidate group with the prefix (the countersigning unit, the signer). */
		String candidate(String prefix) {
			return groups.stream().filter(g -> g.startsWith(prefix)).map(g -> g.substring(prefix.length()))
				.findFirst().orElseThrow(() -> new IllegalStateException("the step has no " + prefix + " group"));
		}
	}

	private void complete(Held held, Map<String, Object> variables) {
		tasks.complete(held.task().getId(), variables);
	}

	/** The document's state follows the engine: the open step, or filed when the route has ended. */
	private void follow(OutgoingDocument doc) {
		List<Task> open = tasks.createTaskQuery().processInstanceId(doc.processInstanceId()).list();
		OutgoingDocument.State next = open.isEmpty() ? OutgoingDocument.State.FILED : stateOf(open.getFirst().getTaskDefinitionKey());
		doc.enter(next, clock.instant());
	}

	static OutgoingDocument.State stateOf(String step) {
		return switch (step) {
			case "countersign" -> OutgoingDocument.State.COUNTERSIGN;
			case "review" -> OutgoingDocument.State.REVIEW;
			case "revise" -> OutgoingDocument.State.RETURNED;
			case "signOff" -> OutgoingDocument.State.SIGN_OFF;
			case "recheck" -> OutgoingDocument.State.RECHECK;
			case "register" -> OutgoingDocument.State.REGISTRATION;
			case "print" -> OutgoingDocument.State.PRINTING;
			case "dispatch" -> OutgoingDocument.State.DISPATCH;
			case "file" -> OutgoingDocument.State.FILING;
			default -> throw new IllegalStateException("A route step Chancery does not know: " + step);
		};
	}

	/** A step's deadline: the end of the working day its urgency allows (in working days on the office's calendar). */
	private Date due(OutgoingDocument doc) {
		return Date.from(workingDays.deadline(properties.daysFor(doc.urgency())));
	}

	private static ChanceryUser me() {
		return ChanceryUser.current().orElseThrow(NotFoundException::new);
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}
}
