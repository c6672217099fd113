package org.chancery.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.identity.ChanceryUser;
import org.chancery.identity.Role;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.FieldException;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Organization;
import org.chancery.organization.Unit;
import org.chancery.secrecy.ProtectedItems;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

/**
 * Writing a document: the draft with every element of RULES.md §1.2, a version for every saved change,
 * comparison of any two versions, and the reviewers' comments. Only the drafter changes a draft, and
 * only while it is with them; the office may change it at re-check.
 */
@Service
@Transactional
public class Drafting {

	/** The content of a draft as a form or the API sends it. {@code body} wins over {@code bodyText}. */
	public record Draft(@NotNull DocumentType type, @Nullable Direction direction, @NotNull UUID issuingUnitId,
			@NotBlank @Size(max = 300) String title, @Nullable Urgency urgency, @Nullable @Size(max = 200) String marking,
			@Nullable Boolean important, @Nullable @Size(max = 500) String note, @Nullable @Size(max = Body.MAX_CHARACTERS) String bodyText,
			@Nullable List<Body.Block> body, @Nullable List<UUID> coIssuers, @Nullable List<@Valid Addressee> mainRecipients,
			@Nullable List<@Valid Addressee> copiedTo, @Nullable List<UUID> countersignUnits, @Nullable List<UUID> signers,
			@Nullable Set<UUID> scopePersons, @Nullable @Size(max = 20) List<@Valid AttachmentDraft> attachments, @Nullable @Valid Attendance minutes) {

		Body parsedBody() {
			return body != null ? new Body(body) : Body.parse(bodyText == null ? "" : bodyText);
		}

		List<Party> parties() {
			List<Party> all = new ArrayList<>();
			nonNull(coIssuers).stream().distinct().forEach(u -> all.add(Party.unit(Party.Role.CO_ISSUER, u)));
			nonNull(mainRecipients).stream().distinct().forEach(a -> all.add(a.as(Party.Role.MAIN)));
			nonNull(copiedTo).stream().distinct().forEach(a -> all.add(a.as(Party.Role.COPY)));
			nonNull(countersignUnits).stream().distinct().forEach(u -> all.add(Party.unit(Party.Role.COUNTERSIGN, u)));
			nonNull(signers).stream().distinct().forEach(p -> all.add(new Party(Party.Role.SIGNER, Party.Kind.PERSON, p)));
			return all;
		}
	}

	/** A text attachment: its title and body (lines as in the body editor). */
	public record AttachmentDraft(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = Body.MAX_CHARACTERS) String bodyText) {
	}

	/** The attendance written at the end of minutes. */
	public record Attendance(@Nullable @Size(max = 1000) String present, @Nullable @Size(max = 1000) String onLeave,
			@Nullable @Size(max = 1000) String attending) {
	}

	/** A stored attachment: the title and the structured body. */
	public record Annex(String title, Body body) {
	}

	/** What a version records, with names resolved as they were when it was saved. */
	public record Snapshot(DocumentType type, Direction direction, String title, Urgency urgency, @Nullable String marking, boolean important,
			@Nullable String note, String body, List<String> coIssuers, List<String> mainRecipients, List<String> copiedTo,
			List<String> countersign, List<String> signers) {
	}

	/** One difference between two versions: a field, or a body line added ('+') or removed ('-'). */
	public record Change(String field, String before, String after) {
	}

	static <T> List<T> nonNull(@Nullable List<T> list) {
		return list == null ? List.of() : list;
	}

	private final Documents documents;
	private final Versions versions;
	private final Steps steps;
	private final Templates templates;
	private final DocumentAccess access;
	private final Organization organization;
	private final ProtectedItems protectedItems;
	private final DocumentsProperties properties;
	private final AuditTrail audit;
	private final ObjectMapper json;
	private final Clock clock;

	Drafting(Documents documents, Versions versions, Steps steps, Templates templates, DocumentAccess access, Organization organization,
			ProtectedItems protectedItems, DocumentsProperties properties, AuditTrail audit, ObjectMapper json, Clock clock) {
		this.documents = documents;
		this.versions = versions;
		this.steps = steps;
		this.templates = templates;
		this.access = access;
		this.organization = organization;
		this.protectedItems = protectedItems;
		this.properties = properties;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	// ------------------------------------------------------------ writing

	/** A drafter of the issuing unit starts a document; its marking is proposed to the secrecy register. */
	@Transactional
	public OutgoingDocument create(Draft draft) {
		ChanceryUser me = ChanceryUser.current().orElseThrow(NotFoundException::new);
		Unit unit = organization.units().stream().filter(u -> u.id().equals(draft.issuingUnitId()) && u.active()).findFirst()
			.orElseThrow(() -> new FieldException("issuingUnitId", "document.unknownUnit"));
		if (!me.holds(Role.DRAFTER, unit.id())) {
			throw new DomainException("document.notDrafterOfUnit", unit.nameZh());
		}
		var template = templates.findByTypeAndUnitId(draft.type(), unit.id());
		Draft d = (draft.mainRecipients() == null || draft.mainRecipients().isEmpty()) && template.isPresent()
				? withRecipients(draft, DocumentTemplates.defaults(template.get())) : draft;
		Direction direction = d.direction() == null ? d.type().usualDirection() : d.direction();
		if (!d.type().directions().contains(direction)) {
			throw new FieldException("direction", "rule.direction", d.type().chinese());
		}
		String mark = template.map(DocumentTemplate::organMark).orElse(defaultMark(unit, d.type()));
		String code = template.map(DocumentTemplate::referenceCode).orElse(unit.code() + "发");
		OutgoingDocument doc = new OutgoingDocument(UUID.randomUUID(), d.type(), direction, unit.id(), code, mark, me.accountId(), clock.instant());
		write(doc, d);
		if (doc.marking() != null) {
			classify(doc, d, unit);
		}
		step(doc, DocumentStep.Action.CREATED, null);
		audit.record(AuditRecord.success("document.create", "document", doc.id(), "type=" + d.type() + " unit=" + unit.code()));
		return doc;
	}

	private static Draft withRecipients(Draft d, List<Addressee> recipients) {
		return new Draft(d.type(), d.direction(), d.issuingUnitId(), d.title(), d.urgency(), d.marking(), d.important(), d.note(), d.bodyText(),
				d.body(), d.coIssuers(), recipients, d.copiedTo(), d.countersignUnits(), d.signers(), d.scopePersons(), d.attachments(), d.minutes());
	}

	static String defaultMark(Unit unit, DocumentType type) {
		return type.layout() == DocumentType.Layout.STANDARD ? unit.nameZh() + "文件" : unit.nameZh();
	}

	/** The drafter saves a change while the draft is with them; the office at re-check. Each save is a version. */
	@Transactional
	public OutgoingDocument update(UUID id, Draft d) {
		OutgoingDocument doc = visible(id);
		ChanceryUser me = ChanceryUser.current().orElseThrow(NotFoundException::new);
		boolean drafter = doc.drafterId().equals(me.accountId()) && doc.state().editableByDrafter();
		boolean recheck = doc.state() == OutgoingDocument.State.RECHECK && me.has(Role.OFFICE_DIRECTOR);
		if (!drafter && !recheck) {
			throw new DomainException("document.notEditable");
		}
		if (!d.issuingUnitId().equals(doc.issuingUnitId())) {
			throw new FieldException("issuingUnitId", "document.unitFixed");
		}
		if (!Objects.equals(blankToNull(d.marking()), doc.marking())) {
			if (doc.marking() != null) {
				throw new FieldException("marking", "document.markingThroughSecrecy");
			}
		}
		Direction direction = d.direction() == null ? d.type().usualDirection() : d.direction();
		if (doc.type() != d.type() || doc.direction() != direction) {
			if (recheck) {
				throw new FieldException("type", "document.typeFixedAfterSigning");
			}
			doc.changeDirection(d.type(), direction);
		}
		boolean newlyMarked = doc.marking() == null && blankToNull(d.marking()) != null;
		write(doc, d);
		if (newlyMarked) {
			classify(doc, d, organization.unit(doc.issuingUnitId()));
		}
		step(doc, recheck ? DocumentStep.Action.CHANGED_AFTER_SIGNING : DocumentStep.Action.SAVED, null);
		audit.record(AuditRecord.success("document.save", "document", doc.id(), "version=" + doc.versionNo()));
		return doc;
	}

	/** Writes the draft's content into the document and records it as the next version. */
	private void write(OutgoingDocument doc, Draft d) {
		Body body = d.parsedBody();
		List<Party> parties = d.parties();
		requireKnown(parties);
		doc.write(d.title().strip(), d.urgency() == null ? Urgency.NORMAL : d.urgency(), blankToNull(d.marking()),
				Boolean.TRUE.equals(d.important()), blankToNull(d.note()), json.writeValueAsString(body), parties, clock.instant());
		List<Annex> annexes = nonNull(d.attachments()).stream().map(a -> new Annex(a.title().strip(), Body.parse(a.bodyText() == null ? "" : a.bodyText())))
			.toList();
		doc.annex(annexes.isEmpty() ? null : json.writeValueAsString(annexes),
				d.minutes() == null || doc.type() != DocumentType.MINUTES ? null : json.writeValueAsString(d.minutes()));
		documents.saveAndFlush(doc);
		versions.save(new DocumentVersion(doc.id(), doc.versionNo(), ChanceryUser.current().orElseThrow().accountId(), clock.instant(),
				json.writeValueAsString(snapshotOf(doc, body))));
	}

	/**
	 * The marking goes to the secrecy register, proposed by the drafter; 机密 and 绝密 documents get as their
	 * scope everyone on the route: the signers and drafter, the units named, and the office's units.
	 */
	private void classify(OutgoingDocument doc, Draft d, Unit unit) {
		Set<UUID> persons = new java.util.HashSet<>(nonNull(d.signers()));
		if (d.scopePersons() != null) {
			persons.addAll(d.scopePersons());
		}
		ChanceryUser.current().map(ChanceryUser::personId).ifPresent(persons::add);
		Set<UUID> units = new java.util.HashSet<>();
		units.add(unit.id());
		doc.parties().stream().filter(p -> p.kind() == Party.Kind.UNIT).forEach(p -> units.add(p.refId()));
		properties.routeUnits().forEach(code -> organization.unitByCode(code).ifPresent(u -> units.add(u.id())));
		protectedItems.propose("document", doc.id(), new ProtectedItems.Proposal(doc.marking(), LocalDate.now(clock), unit.code(), false,
				unit.id(), null, persons, units));
	}

	private void requireKnown(List<Party> parties) {
		Set<UUID> units = organization.units().stream().map(Unit::id).collect(Collectors.toSet());
		Set<UUID> organs = organization.externalOrgans().stream().map(o -> o.id()).collect(Collectors.toSet());
		Set<UUID> bodies = organization.bodies().stream().map(b -> b.id()).collect(Collectors.toSet());
		for (Party p : parties) {
			boolean known = switch (p.kind()) {
				case UNIT -> units.contains(p.refId());
				case EXTERNAL -> organs.contains(p.refId());
				case BODY -> bodies.contains(p.refId());
				case PERSON -> !organization.peopleById(List.of(p.refId())).isEmpty();
			};
			if (!known) {
				throw new FieldException(fieldOf(p.role()), "document.unknownParty");
			}
		}
	}

	private static String fieldOf(Party.Role role) {
		return switch (role) {
			case CO_ISSUER -> "coIssuers";
			case MAIN -> "mainRecipients";
			case COPY -> "copiedTo";
			case COUNTERSIGN -> "countersignUnits";
			case SIGNER -> "signers";
		};
	}

	/** A reviewer's comment on the draft as it stands. */
	@Transactional
	public DocumentStep comment(UUID id, String text) {
		OutgoingDocument doc = visible(id);
		if (text.isBlank() || text.length() > 2000) {
			throw new FieldException("text", "document.commentLength");
		}
		if (doc.state() == OutgoingDocument.State.FILED) {
			throw new DomainException("document.filed");
		}
		DocumentStep s = step(doc, DocumentStep.Action.COMMENTED, text.strip());
		audit.record(AuditRecord.success("document.comment", "document", doc.id(), "version=" + doc.versionNo()));
		return s;
	}

	DocumentStep step(OutgoingDocument doc, DocumentStep.Action action, @Nullable String opinion) {
		return step(doc, action, opinion, null);
	}

	DocumentStep step(OutgoingDocument doc, DocumentStep.Action action, @Nullable String opinion, @Nullable String onBehalfOf) {
		ChanceryUser me = ChanceryUser.current().orElseThrow(NotFoundException::new);
		return steps.save(new DocumentStep(doc.id(), doc.state(), action, me.accountId(), me.displayName(), onBehalfOf, opinion, doc.versionNo(),
				clock.instant()));
	}

	// ------------------------------------------------------------ reading

	/** The document, when the current user may see it; otherwise as if it did not exist. */
	public OutgoingDocument document(UUID id) {
		return visible(id);
	}

	OutgoingDocument visible(UUID id) {
		return access.requireVisible(documents.findById(id).orElseThrow(NotFoundException::new));
	}

	/** The marking as the secrecy register has it now (changed, declassified), else the drafter's proposal. */
	public @Nullable String marking(OutgoingDocument doc) {
		return protectedItems.find(doc.id()).map(i -> i.markingText()).orElse(doc.marking());
	}

	public Body body(OutgoingDocument doc) {
		return json.readValue(doc.bodyJson(), Body.class);
	}

	public List<Annex> attachments(OutgoingDocument doc) {
		return doc.attachmentsJson() == null ? List.of() : List.of(json.readValue(doc.attachmentsJson(), Annex[].class));
	}

	public @Nullable Attendance attendance(OutgoingDocument doc) {
		return doc.minutesJson() == null ? null : json.readValue(doc.minutesJson(), Attendance.class);
	}

	/** Filters of the document list; every one optional. */
	public record Filter(OutgoingDocument.@Nullable State state, @Nullable DocumentType type, @Nullable String query, boolean mine) {
	}

	@Transactional(readOnly = true)
	public Page<OutgoingDocument> list(Filter filter, Pageable pageable) {
		Specification<OutgoingDocument> spec = access.visible();
		if (filter.state() != null) {
			spec = spec.and((r, q, cb) -> cb.equal(r.get("state"), filter.state()));
		}
		if (filter.type() != null) {
			spec = spec.and((r, q, cb) -> cb.equal(r.get("type"), filter.type()));
		}
		if (filter.query() != null && !filter.query().isBlank()) {
			String like = "%" + filter.query().strip().toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
			spec = spec.and((r, q, cb) -> cb.or(cb.like(cb.lower(r.get("title")), like, '\\'),
					cb.like(cb.lower(cb.coalesce(r.get("referenceNumber"), "")), like, '\\')));
		}
		if (filter.mine()) {
			UUID me = ChanceryUser.current().orElseThrow().accountId();
			spec = spec.and((r, q, cb) -> cb.equal(r.get("drafterId"), me));
		}
		return documents.findAll(spec, pageable);
	}

	public List<DocumentStep> timeline(UUID id) {
		visible(id);
		return steps.findByDocumentIdOrderByAtAscIdAsc(id);
	}

	public List<DocumentVersion> versions(UUID id) {
		visible(id);
		return versions.findByDocumentIdOrderByNumberDesc(id);
	}

	public Snapshot version(UUID id, int number) {
		visible(id);
		return json.readValue(versions.findByDocumentIdAndNumber(id, number).orElseThrow(NotFoundException::new).snapshot(), Snapshot.class);
	}

	/** What changed from version {@code from} to version {@code to}: fields, then body lines. */
	public List<Change> compare(UUID id, int from, int to) {
		Snapshot a = version(id, from);
		Snapshot b = version(id, to);
		List<Change> changes = new ArrayList<>();
		field(changes, "type", a.type().chinese(), b.type().chinese());
		field(changes, "title", a.title(), b.title());
		field(changes, "urgency", a.urgency().chinese(), b.urgency().chinese());
		field(changes, "marking", Objects.toString(a.marking(), ""), Objects.toString(b.marking(), ""));
		field(changes, "note", Objects.toString(a.note(), ""), Objects.toString(b.note(), ""));
		field(changes, "coIssuers", String.join("、", a.coIssuers()), String.join("、", b.coIssuers()));
		field(changes, "mainRecipients", String.join("、", a.mainRecipients()), String.join("、", b.mainRecipients()));
		field(changes, "copiedTo", String.join("、", a.copiedTo()), String.join("、", b.copiedTo()));
		field(changes, "countersignUnits", String.join("、", a.countersign()), String.join("、", b.countersign()));
		field(changes, "signers", String.join("、", a.signers()), String.join("、", b.signers()));
		for (LineDiff.Line line : LineDiff.diff(a.body().lines().toList(), b.body().lines().toList())) {
			if (line.op() != ' ') {
				changes.add(new Change("body", line.op() == '-' ? line.text() : "", line.op() == '+' ? line.text() : ""));
			}
		}
		return changes;
	}

	private static void field(List<Change> changes, String name, String before, String after) {
		if (!before.equals(after)) {
			changes.add(new Change(name, before, after));
		}
	}

	Snapshot snapshotOf(OutgoingDocument doc, Body body) {
		Function<Party.Role, List<String>> names = role -> namesOf(doc.parties(role));
		return new Snapshot(doc.type(), doc.direction(), doc.title(), doc.urgency(), doc.marking(), doc.important(), doc.note(), body.text(),
				names.apply(Party.Role.CO_ISSUER), names.apply(Party.Role.MAIN), names.apply(Party.Role.COPY),
				names.apply(Party.Role.COUNTERSIGN), names.apply(Party.Role.SIGNER));
	}

	/** The Chinese names of the parties, in their order. */
	public List<String> namesOf(List<Party> parties) {
		Map<UUID, String> names = Stream.of(
				organization.unitsById(parties.stream().filter(p -> p.kind() == Party.Kind.UNIT).map(Party::refId).toList()).values().stream()
					.collect(Collectors.toMap(Unit::id, Unit::nameZh)),
				organization.peopleById(parties.stream().filter(p -> p.kind() == Party.Kind.PERSON).map(Party::refId).toList()).values().stream()
					.collect(Collectors.toMap(p -> p.id(), p -> p.nameZh())),
				organization.externalOrgans().stream().collect(Collectors.toMap(o -> o.id(), o -> o.nameZh())),
				organization.bodies().stream().collect(Collectors.toMap(b -> b.id(), b -> b.nameZh())))
			.flatMap(m -> m.entrySet().stream()).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x));
		return parties.stream().map(p -> names.getOrDefault(p.refId(), "")).toList();
	}

	static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
