package org.chancery.organization.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.chancery.organization.Appointment;
import org.chancery.organization.Commands.AppointmentDraft;
import org.chancery.organization.Commands.BodyDraft;
import org.chancery.organization.Commands.MemberDraft;
import org.chancery.organization.Commands.OrganDraft;
import org.chancery.organization.Commands.PersonDraft;
import org.chancery.organization.Commands.PersonRename;
import org.chancery.organization.Commands.SecretaryDraft;
import org.chancery.organization.Commands.UnitDraft;
import org.chancery.organization.ExternalOrgan;
import org.chancery.organization.LeadershipBody;
import org.chancery.organization.Membership;
import org.chancery.organization.OrganKind;
import org.chancery.organization.Organization;
import org.chancery.organization.Person;
import org.chancery.organization.Rank;
import org.chancery.organization.SecretaryAssignment;
import org.chancery.organization.Unit;
import org.chancery.organization.UnitType;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** REST API of the organization: the same rules and permissions as its pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organization", description = "Units, people, appointments, leadership bodies, political secretaries, external organs")
class OrganizationApi {

	private static final Set<String> PEOPLE_SORTS = Set.of("staffNumber", "nameZh", "nameEn", "position");

	private final Organization organization;
	private final Clock clock;

	OrganizationApi(Organization organization, Clock clock) {
		this.organization = organization;
		this.clock = clock;
	}

	record UnitView(UUID id, String code, String nameZh, @Nullable String nameEn, UnitType type, Rank rank, @Nullable UUID parentId,
			int sortOrder, boolean active, int depth) {
		static UnitView of(Unit u, int depth) {
			return new UnitView(u.id(), u.code(), u.nameZh(), u.nameEn(), u.type(), u.rank(), u.parentId(), u.sortOrder(), u.active(), depth);
		}
	}

	record PersonView(UUID id, String staffNumber, String nameZh, @Nullable String nameEn, UUID unitId, String position, boolean active) {
		static PersonView of(Person p) {
			return new PersonView(p.id(), p.staffNumber(), p.nameZh(), p.nameEn(), p.unitId(), p.position(), p.active());
		}
	}

	record AppointmentView(UUID id, UUID unitId, String position, LocalDate startedOn, @Nullable LocalDate endedOn) {
		static AppointmentView of(Appointment a) {
			return new AppointmentView(a.id(), a.unitId(), a.position(), a.startedOn(), a.endedOn());
		}
	}

	record BodyView(UUID id, String code, String nameZh, @Nullable String nameEn, @Nullable UUID parentId, int sortOrder, boolean active) {
		static BodyView of(LeadershipBody b) {
			return new BodyView(b.id(), b.code(), b.nameZh(), b.nameEn(), b.parentId(), b.sortOrder(), b.active());
		}
	}

	record MemberView(UUID id, UUID personId, int precedence, String title, LocalDate joinedOn, @Nullable LocalDate leftOn) {
		static MemberView of(Membership m) {
			return new MemberView(m.id(), m.personId(), m.precedence(), m.title(), m.joinedOn(), m.leftOn());
		}
	}

	record SecretaryView(UUID id, UUID leaderId, UUID secretaryId, LocalDate startedOn, @Nullable LocalDate endedOn) {
		static SecretaryView of(SecretaryAssignment s) {
			return new SecretaryView(s.id(), s.leaderId(), s.secretaryId(), s.startedOn(), s.endedOn());
		}
	}

	record OrganView(UUID id, String code, String nameZh, @Nullable String nameEn, OrganKind kind, boolean active) {
		static OrganView of(ExternalOrgan o) {
			return new OrganView(o.id(), o.code(), o.nameZh(), o.nameEn(), o.kind(), o.active());
		}
	}

	record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
		static <S, T> PageView<T> of(Page<S> page, java.util.function.Function<S, T> mapper) {
			return new PageView<>(page.map(mapper).getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
		}
	}

	record Move(@Nullable UUID parentId) {
	}

	record EndDate(@Nullable LocalDate on) {
	}

	record Precedence(@jakarta.validation.constraints.NotNull @Min(1) @Max(999) Integer precedence) {
	}

	// ------------------------------------------------------------ units

	@GetMapping("/units")
	@Operation(summary = "All units in tree order")
	List<UnitView> units() {
		return organization.unitTree().stream().map(n -> UnitView.of(n.unit(), n.depth())).toList();
	}

	@GetMapping("/units/{id}")
	UnitView unit(@PathVariable UUID id) {
		return UnitView.of(organization.unit(id), 0);
	}

	@PostMapping("/units")
	ResponseEntity<UnitView> createUnit(@Valid @RequestBody UnitDraft draft) {
		Unit unit = organization.createUnit(draft);
		return ResponseEntity.created(URI.create("/api/v1/units/" + unit.id())).body(UnitView.of(unit, 0));
	}

	@PutMapping("/units/{id}")
	UnitView updateUnit(@PathVariable UUID id, @Valid @RequestBody UnitDraft draft) {
		return UnitView.of(organization.updateUnit(id, draft), 0);
	}

	@PostMapping("/units/{id}/move")
	UnitView moveUnit(@PathVariable UUID id, @RequestBody Move move) {
		return UnitView.of(organization.moveUnit(id, move.parentId()), 0);
	}

	@PostMapping("/units/{id}/deactivate")
	UnitView deactivateUnit(@PathVariable UUID id) {
		return UnitView.of(organization.deactivateUnit(id), 0);
	}

	@PostMapping("/units/{id}/activate")
	UnitView activateUnit(@PathVariable UUID id) {
		return UnitView.of(organization.activateUnit(id), 0);
	}

	// ------------------------------------------------------------ people

	@GetMapping("/people")
	@Operation(summary = "People, filtered, sorted and paginated")
	PageView<PersonView> people(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable UUID unit,
			@RequestParam(defaultValue = "false") boolean includeInactive, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, @RequestParam(defaultValue = "staffNumber") String sort,
			@RequestParam(defaultValue = "asc") String direction) {
		if (!PEOPLE_SORTS.contains(sort)) {
			throw new IllegalArgumentException("sort");
		}
		Sort.Direction dir = "desc".equalsIgnoreCase(direction) ? Sort.Direction.DESC : Sort.Direction.ASC;
		return PageView.of(organization.people(q, unit, includeInactive, PageRequest.of(page, size, Sort.by(dir, sort))), PersonView::of);
	}

	@GetMapping("/people/{id}")
	PersonView person(@PathVariable UUID id) {
		return PersonView.of(organization.person(id));
	}

	@PostMapping("/people")
	ResponseEntity<PersonView> createPerson(@Valid @RequestBody PersonDraft draft) {
		Person person = organization.createPerson(draft);
		return ResponseEntity.created(URI.create("/api/v1/people/" + person.id())).body(PersonView.of(person));
	}

	@PutMapping("/people/{id}")
	PersonView renamePerson(@PathVariable UUID id, @Valid @RequestBody PersonRename draft) {
		return PersonView.of(organization.renamePerson(id, draft));
	}

	@GetMapping("/people/{id}/appointments")
	List<AppointmentView> appointments(@PathVariable UUID id) {
		return organization.appointments(id).stream().map(AppointmentView::of).toList();
	}

	@PostMapping("/people/{id}/appointments")
	ResponseEntity<AppointmentView> appoint(@PathVariable UUID id, @Valid @RequestBody AppointmentDraft draft) {
		Appointment a = organization.appoint(id, draft);
		return ResponseEntity.status(201).body(AppointmentView.of(a));
	}

	@PostMapping("/people/{id}/deactivate")
	PersonView deactivatePerson(@PathVariable UUID id) {
		return PersonView.of(organization.setPersonActive(id, false));
	}

	@PostMapping("/people/{id}/activate")
	PersonView activatePerson(@PathVariable UUID id) {
		return PersonView.of(organization.setPersonActive(id, true));
	}

	@GetMapping("/people/{id}/secretaries")
	List<SecretaryView> secretaries(@PathVariable UUID id) {
		organization.person(id);
		return organization.secretaryAssignments(id).stream().map(SecretaryView::of).toList();
	}

	@PostMapping("/secretaries")
	ResponseEntity<SecretaryView> assignSecretary(@Valid @RequestBody SecretaryDraft draft) {
		return ResponseEntity.status(201).body(SecretaryView.of(organization.assignSecretary(draft)));
	}

	@PostMapping("/secretaries/{id}/end")
	SecretaryView endSecretary(@PathVariable UUID id, @RequestBody(required = false) @Nullable EndDate end) {
		return SecretaryView.of(organization.endSecretary(id, end != null && end.on() != null ? end.on() : LocalDate.now(clock)));
	}

	// ------------------------------------------------------------ leadership bodies

	@GetMapping("/bodies")
	List<BodyView> bodies() {
		return organization.bodies().stream().map(BodyView::of).toList();
	}

	@GetMapping("/bodies/{id}")
	BodyView body(@PathVariable UUID id) {
		return BodyView.of(organization.body(id));
	}

	@PostMapping("/bodies")
	ResponseEntity<BodyView> createBody(@Valid @RequestBody BodyDraft draft) {
		LeadershipBody body = organization.createBody(draft);
		return ResponseEntity.created(URI.create("/api/v1/bodies/" + body.id())).body(BodyView.of(body));
	}

	@PutMapping("/bodies/{id}")
	BodyView updateBody(@PathVariable UUID id, @Valid @RequestBody BodyDraft draft) {
		return BodyView.of(organization.updateBody(id, draft));
	}

	@PostMapping("/bodies/{id}/deactivate")
	BodyView deactivateBody(@PathVariable UUID id) {
		return BodyView.of(organization.setBodyActive(id, false));
	}

	@PostMapping("/bodies/{id}/activate")
	BodyView activateBody(@PathVariable UUID id) {
		return BodyView.of(organization.setBodyActive(id, true));
	}

	@GetMapping("/bodies/{id}/members")
	@Operation(summary = "Members in order of precedence, current ones first")
	List<MemberView> members(@PathVariable UUID id) {
		return organization.members(id).stream().map(MemberView::of).toList();
	}

	@PostMapping("/bodies/{id}/members")
	ResponseEntity<MemberView> addMember(@PathVariable UUID id, @Valid @RequestBody MemberDraft draft) {
		return ResponseEntity.status(201).body(MemberView.of(organization.addMember(id, draft)));
	}

	@PostMapping("/memberships/{id}/precedence")
	MemberView precedence(@PathVariable UUID id, @Valid @RequestBody Precedence precedence) {
		return MemberView.of(organization.setPrecedence(id, precedence.precedence()));
	}

	@PostMapping("/memberships/{id}/end")
	MemberView endMembership(@PathVariable UUID id, @RequestBody(required = false) @Nullable EndDate end) {
		return MemberView.of(organization.endMembership(id, end != null && end.on() != null ? end.on() : LocalDate.now(clock)));
	}

	// ------------------------------------------------------------ external organs

	@GetMapping("/external-organs")
	List<OrganView> organs() {
		return organization.externalOrgans().stream().map(OrganView::of).toList();
	}

	@GetMapping("/external-organs/{id}")
	OrganView organ(@PathVariable UUID id) {
		return OrganView.of(organization.externalOrgan(id));
	}

	@PostMapping("/external-organs")
	ResponseEntity<OrganView> createOrgan(@Valid @RequestBody OrganDraft draft) {
		ExternalOrgan organ = organization.createExternalOrgan(draft);
		return ResponseEntity.created(URI.create("/api/v1/external-organs/" + organ.id())).body(OrganView.of(organ));
	}

	@PutMapping("/external-organs/{id}")
	OrganView updateOrgan(@PathVariable UUID id, @Valid @RequestBody OrganDraft draft) {
		return OrganView.of(organization.updateExternalOrgan(id, draft));
	}

	@PostMapping("/external-organs/{id}/deactivate")
	OrganView deactivateOrgan(@PathVariable UUID id) {
		return OrganView.of(organization.setExternalOrganActive(id, false));
	}

	@PostMapping("/external-organs/{id}/activate")
	OrganView activateOrgan(@PathVariable UUID id) {
		return OrganView.of(organization.setExternalOrganActive(id, true));
	}
}
