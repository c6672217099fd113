package org.chancery.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.FieldException;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Commands.AppointmentDraft;
import org.chancery.organization.Commands.BodyDraft;
import org.chancery.organization.Commands.MemberDraft;
import org.chancery.organization.Commands.OrganDraft;
import org.chancery.organization.Commands.PersonDraft;
import org.chancery.organization.Commands.PersonRename;
import org.chancery.organization.Commands.SecretaryDraft;
import org.chancery.organization.Commands.UnitDraft;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the organization: every change is checked, saved and audited in one transaction. The directory
 * is readable by every signed-in person; changes belong to the system administrator (people and
 * appointments also to the personnel officer).
 */
@Service
@Transactional(readOnly = true)
public class Organization {

	static final String ADMIN = "hasRole('SYSTEM_ADMIN')";
	static final String PERSONNEL = "hasAnyRole('SYSTEM_ADMIN','PERSONNEL_OFFICER')";

	private final Units units;
	private final People people;
	private final Appointments appointments;
	private final Bodies bodies;
	private final Memberships memberships;
	private final Secretaries secretaries;
	private final ExternalOrgans organs;
	private final AuditTrail audit;
	private final Clock clock;

	Organization(Units units, People people, Appointments appointments, Bodies bodies, Memberships memberships,
			Secretaries secretaries, ExternalOrgans organs, AuditTrail audit, Clock clock) {
		this.units = units;
		this.people = people;
		this.appointments = appointments;
		this.bodies = bodies;
		this.memberships = memberships;
		this.secretaries = secretaries;
		this.organs = organs;
		this.audit = audit;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- units

	/** A unit with its depth in the tree, for display in tree order. */
	public record UnitNode(Unit unit, int depth) {
	}

	public List<Unit> units() {
		return units.findAllByOrderBySortOrderAscCodeAsc();
	}

	/** All units in tree order (parents before children, siblings by sort order). */
	public List<UnitNode> unitTree() {
		List<Unit> all = units();
		Map<@Nullable UUID, List<Unit>> children = new HashMap<>();
		for (Unit u : all) {
			children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
		}
		List<UnitNode> out = new ArrayList<>();
		walk(children, null, 0, out, new HashSet<>());
		return out;
	}

	private static void walk(Map<@Nullable UUID, List<Unit>> children, @Nullable UUID parent, int depth, List<UnitNode> out, Set<UUID> seen) {
		for (Unit u : children.getOrDefault(parent, List.of())) {
			if (seen.add(u.id())) {
				out.add(new UnitNode(u, depth));
				walk(children, u.id(), depth + 1, out, seen);
			}
		}
	}

	public Unit unit(UUID id) {
		return units.findById(id).orElseThrow(NotFoundException::new);
	}

	public Optional<Unit> unitByCode(String code) {
		return units.findByCode(code);
	}

	public Map<UUID, Unit> unitsById(Collection<UUID> ids) {
		return units.findAllById(ids).stream().collect(Collectors.toMap(Unit::id, Function.identity()));
	}

	@PreAuthorize(ADMIN)
	@Transactional
	public Unit createUnit(UnitDraft d) {
		String code = d.code().strip();
		if (units.findByCode(code).isPresent()) {
			throw new FieldException("code", "unit.codeTaken", code);
		}
		requireActiveParent(d.parentId());
		Unit unit = units.save(new Unit(UUID.randomUUID(), code, d.nameZh().strip(), blankToNull(d.nameEn()), d.type(), d.rank(),
				d.parentId(), d.sortOrder()));
		audit.record(AuditRecord.success("unit.create", "unit", unit.id(), "code=" + code + " name=" + unit.nameZh()
				+ " parent=" + d.parentId()));
		return unit;
	}

	@PreAuthorize(ADMIN)
	@Transactional
	public Unit updateUnit(UUID id, UnitDraft d) {
		Unit unit = unit(id);
		String code = d.code().strip();
		units.findByCode(code).filter(other -> !other.id().equals(id)).ifPresent(other -> {
			throw new FieldException("code", "unit.codeTaken", code);
		});
		String before = describe(unit);
		unit.describe(code, d.nameZh().strip(), blankToNull(d.nameEn()), d.type(), d.rank(), d.sortOrder());
		if (!java.util.Objects.equals(unit.parentId(), d.parentId())) {
			move(unit, d.parentId());
		}
		audit.record(AuditRecord.success("unit.update", "unit", id, before + " -> " + describe(unit)));
		return unit;
	}

	@PreAuthorize(ADMIN)
	@Transactional
	public Unit moveUnit(UUID id, @Nullable UUID newParent) {
		Unit unit = unit(id);
		UUID oldParent = unit.parentId();
		move(unit, newParent);
		audit.record(AuditRecord.success("unit.move", "unit", id, "parent " + oldParent + " -> " + newParent));
		return unit;
	}

	private void move(Unit unit, @Nullable UUID newParent) {
		if (newParent != null) {
			requireActiveParent(newParent);
			UUID cursor = newParent;
			while (cursor != null) {
				if (cursor.equals(unit.id())) {
					throw new FieldException("parentId", "unit.cycle");
				}
				cursor = unit(cursor).parentId();
			}
		}
		unit.moveUnder(newParent);
	}

	@PreAuthorize(ADMIN)
	@Transactional
	public Unit deactivateUnit(UUID id) {
		Unit unit = unit(id);
		if (units.countByParentIdAndActiveTrue(id) > 0) {
			throw new DomainException("unit.hasActiveChildren");
		}
		if (people.countByUnitIdAndActiveTrue(id) > 0) {
			throw new DomainException("unit.hasActivePeople");
		}
		unit.deactivate();
		audit.record(AuditRecord.success("unit.deactivate", "unit", id, "code=" + unit.code()));
		return unit;
	}

	@PreAuthorize(ADMIN)
	@Transactional
	public Unit activateUnit(UUID id) {
		Unit unit = unit(id);
		requireActiveParent(unit.parentId());
		unit.activate();
		audit.record(AuditRecord.success("unit.activate", "unit", id, "code=" + unit.code()));
		return unit;
	}

	private void requireActiveParent(@Nullable UUID parentId) {
		if (parentId != null && !units.findById(parentId).map(Unit::active).orElse(false)) {
			throw new FieldException("parentId", "unit.parentUnknown");
		}
	}

	private static String describe(Unit u) {
		return "code=" + u.code() + " name=" + u.nameZh() + " type=" + u.type() + " rank=" + u.rank() + " parent=" + u.parentId();
	}

	// ---------------------------------------------------------------- people

	public Page<Person> people(@Nullable String query, @Nullable UUID unitId, boolean includeInactive, Pageable pageable) {
		Specification<Person> spec = (root, q, cb) -> cb.conjunction();
		if (query != null && !query.isBlank()) {
			String like = "%" + query.strip().toLowerCase() + "%";
			spec = spec.and((root, q, cb) -> cb.or(cb.like(cb.lower(root.get("nameZh")), like),
					cb.like(cb.lower(root.get("nameEn")), like), cb.like(cb.lower(root.get("staffNumber")), like),
					cb.like(cb.lower(root.get("position")), like)));
		}
		if (unitId != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("unitId"), unitId));
		}
		if (!includeInactive) {
			spec = spec.and((root, q, cb) -> cb.isTrue(root.get("active")));
		}
		return people.findAll(spec, pageable);
	}

	/** The ids of the active people appointed to the given units. */
	public List<UUID> activePeopleIn(Collection<UUID> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return people.findByUnitIdInAndActiveTrue(unitIds).stream().map(Person::id).toList();
	}

	/** The person, if there is one with the id (looked up by id, so a person read earlier in the transaction is not read again). */
	public java.util.Optional<Person> findPerson(UUID id) {
		return people.findById(id);
	}

	public Person person(UUID id) {
		return people.findById(id).orElseThrow(NotFoundException::new);
	}

	public Optional<Person> personByStaffNumber(String staffNumber) {
		return people.findByStaffNumber(staffNumber);
	}

	public Map<UUID, Person> peopleById(Collection<UUID> ids) {
		return people.findAllById(ids).stream().collect(Collectors.toMap(Person::id, Function.identity()));
	}

	@PreAuthorize(PERSONNEL)
	@Transactional
	public Person createPerson(PersonDraft d) {
		String number = d.staffNumber().strip();
		if (people.findByStaffNumber(number).isPresent()) {
			throw new FieldException("staffNumber", "person.staffNumberTaken", number);
		}
		requireActiveUnit(d.unitId());
		Person person = people.save(new Person(UUID.randomUUID(), number, d.nameZh().strip(), blankToNull(d.nameEn()), d.unitId(),
				d.position().strip()));
		LocalDate start = d.startedOn() != null ? d.startedOn() : LocalDate.now(clock);
		appointments.save(new Appointment(UUID.randomUUID(), person.id(), d.unitId(), person.position(), start));
		audit.record(AuditRecord.success("person.create", "person", person.id(), "staff=" + number + " name=" + person.nameZh()
				+ " unit=" + d.unitId() + " position=" + person.position()));
		return person;
	}

	@PreAuthorize(PERSONNEL)
	@Transactional
	public Person renamePerson(UUID id, PersonRename d) {
		Person person = person(id);
		String number = d.staffNumber().strip();
		people.findByStaffNumber(number).filter(other -> !other.id().equals(id)).ifPresent(other -> {
			throw new FieldException("staffNumber", "person.staffNumberTaken", number);
		});
		String before = person.staffNumber() + " " + person.nameZh() + " / " + person.nameEn();
		person.rename(number, d.nameZh().strip(), blankToNull(d.nameEn()));
		audit.record(AuditRecord.success("person.update", "person", id, before + " -> " + number + " " + person.nameZh() + " / "
				+ person.nameEn()));
		return person;
	}

	/** Ends the current appointment the day the new one starts, and records the new one. */
	@PreAuthorize(PERSONNEL)
	@Transactional
	public Appointment appoint(UUID personId, AppointmentDraft d) {
		Person person = person(personId);
		requireActiveUnit(d.unitId());
		appointments.findByPersonIdAndEndedOnIsNull(personId).ifPresent(current -> {
			if (!d.startedOn().isAfter(current.startedOn())) {
				throw new FieldException("startedOn", "appointment.startsBeforeCurrent", current.startedOn());
			}
			current.end(d.startedOn());
		});
		person.appointedTo(d.unitId(), d.position().strip());
		Appointment appointment = appointments.save(new Appointment(UUID.randomUUID(), personId, d.unitId(), d.position().strip(),
				d.startedOn()));
		audit.record(AuditRecord.success("person.appoint", "person", personId, "unit=" + d.unitId() + " position="
				+ d.position().strip() + " from=" + d.startedOn()));
		return appointment;
	}

	public List<Appointment> appointments(UUID personId) {
		person(personId);
		return appointments.findByPersonIdOrderByStartedOnDesc(personId);
	}

	@PreAuthorize(PERSONNEL)
	@Transactional
	public Person setPersonActive(UUID id, boolean active) {
		Person person = person(id);
		if (active) {
			requireActiveUnit(person.unitId());
		}
		person.setActive(active);
		audit.record(AuditRecord.success(active ? "person.activate" : "person.deactivate", "person", id, "staff=" + person.staffNumber()));
		return person;
	}

	private void requireActiveUnit(UUID unitId) {
		if (!units.findById(unitId).map(Unit::active).orElse(false)) {
			throw new FieldException("unitId", "person.unitUnknown");
		}
	}

	private void requireActivePerson(UUID personId, String field) {
		if (!people.findById(personId).map(Person::active).orElse(false)) {
			throw new FieldException(field, "person.unknown");
		}
	}

	// ---------------------------------------------------------------- leadership bodies

	public List<LeadershipBody> bodies() {
		return bodies.findAllByOrderBySortOrderAscCodeAsc();
	}

	public LeadershipBody body(UUID id) {
		return bodies.findById(id).orElseThrow(NotFoundException::new);
	}

	@PreAuthorize(ADMIN)
	@Transactional
	public LeadershipBody createBody(BodyDraft d) {
		String code = d.code().strip();
		if (bodies.findByCode(code).isPresent()) {
			throw new FieldException("code", "body.codeTaken", code);
		}
		if (d.parentId() != null) {
			body(d.parentId());
		}
		LeadershipBody body = bodies.save(new LeadershipBody(UUID.randomUUID(), code, d.nameZh().strip(), blankToNull(d.nameEn()),
				d.parentId(), d.sortOrder()));
		audit.record(AuditRecord.success("body.create", "body", body.id(), "code=" + code + " name=" + body.nameZh()));
		return body;
	}

	@PreAuthorize(ADMIN)
	@Transactional
	public LeadershipBody updateBody(UUID id, BodyDraft d) {
		LeadershipBody body = body(id);
		String code = d.code().strip();
		bodies.findByCode(code).filter(other -> !other.id().equals(id)).ifPresent(other -> {
			throw new FieldException("code", "body.codeTaken", code);
		});
		UUID cursor = d.parentId();
		while (cursor != null) {
			if (cursor.equals(id)) {
				throw new FieldException("parentId", "unit.cycle");
			}
			cursor = body(cursor).parentId();
		}
		body.describe(code, d.nameZh().strip(), blankToNull(d.nameEn()), d.parentId(), d.sortOrder());
		audit.record(AuditRecord.success("body.update", "body", id, "code=" + code + " name=" + body.nameZh() + " parent=" + d.parentId()));
		return body;
	}

	@PreAuthorize(ADMIN)
	@Transactional
	public LeadershipBody setBodyActive(UUID id, boolean active) {
		LeadershipBody body = body(id);
		body.setActive(active);
		audit.record(AuditRecord.success(active ? "body.activate" : "body.deactivate", "body", id, "code=" + body.code()));
		return body;
	}

	/** Members in order of precedence, current ones first. */
	public List<Membership> members(UUID bodyId) {
		body(bodyId);
		return memberships.findByBodyIdOrderByLeftOnAscPrecedenceAsc(bodyId).stream()
			.sorted(Comparator.comparing((Membership m) -> !m.current()).thenComparingInt(Membership::precedence))
			.toList();
	}

	@PreAuthorize(ADMIN)
	@Transactional
	public Membership addMember(UUID bodyId, MemberDraft d) {
		body(bodyId);
		requireActivePerson(d.personId(), "personId");
		if (memberships.existsByBodyIdAndPersonIdAndLeftOnIsNull(bodyId, d.personId())) {
			throw new FieldException("personId", "body.alreadyMember");
		}
		Membership m = memberships.save(new Membership(UUID.randomUUID(), bodyId, d.personId(), d.precedence(), d.title().strip(),
				d.joinedOn()));
		audit.record(AuditRecord.success("body.member.add", "body", bodyId, "person=" + d.personId() + " precedence=" + d.precedence()
				+ " title=" + m.title()));
		return m;
	}

	@PreAuthorize(ADMIN)
	@Transactional
	public Membership setPrecedence(UUID membershipId, int precedence) {
		if (precedence < 1 || precedence > 999) {
			throw new FieldException("precedence", "body.precedenceRange");
		}
		Membership m = memberships.findById(membershipId).orElseThrow(NotFoundException::new);
		int old = m.precedence();
		m.rank(precedence);
		audit.record(AuditRecord.success("body.member.precedence", "body", m.bodyId(), "person=" + m.personId() + " " + old + " -> " + precedence));
		return m;
	}

	@PreAuthorize(ADMIN)
	@Transactional
	public Membership endMembership(UUID membershipId, LocalDate on) {
		Membership m = memberships.findById(membershipId).orElseThrow(NotFoundException::new);
		m.end(on);
		audit.record(AuditRecord.success("body.member.end", "body", m.bodyId(), "person=" + m.personId() + " on=" + on));
		return m;
	}

	public List<Membership> membershipsOf(UUID personId) {
		return memberships.findByPersonId(personId);
	}

	// ---------------------------------------------------------------- political secretaries

	public List<SecretaryAssignment> secretaryAssignments(UUID personId) {
		return secretaries.findByLeaderIdOrSecretaryIdOrderByStartedOnDesc(personId, personId);
	}

	@PreAuthorize(PERSONNEL)
	@Transactional
	public SecretaryAssignment assignSecretary(SecretaryDraft d) {
		requireActivePerson(d.leaderId(), "leaderId");
		requireActivePerson(d.secretaryId(), "secretaryId");
		if (secretaries.existsByLeaderIdAndSecretaryIdAndEndedOnIsNull(d.leaderId(), d.secretaryId())) {
			throw new FieldException("secretaryId", "secretary.alreadyAssigned");
		}
		SecretaryAssignment a = secretaries.save(new SecretaryAssignment(UUID.randomUUID(), d.leaderId(), d.secretaryId(), d.startedOn()));
		audit.record(AuditRecord.success("secretary.assign", "person", d.leaderId(), "secretary=" + d.secretaryId() + " from=" + d.startedOn()));
		return a;
	}

	@PreAuthorize(PERSONNEL)
	@Transactional
	public SecretaryAssignment endSecretary(UUID assignmentId, LocalDate on) {
		SecretaryAssignment a = secretaries.findById(assignmentId).orElseThrow(NotFoundException::new);
		a.end(on);
		audit.record(AuditRecord.success("secretary.end", "person", a.leaderId(), "secretary=" + a.secretaryId() + " on=" + on));
		return a;
	}

	// ---------------------------------------------------------------- external organs

	public List<ExternalOrgan> externalOrgans() {
		return organs.findAllByOrderByCodeAsc();
	}

	public ExternalOrgan externalOrgan(UUID id) {
		return organs.findById(id).orElseThrow(NotFoundException::new);
	}

	@PreAuthorize(ADMIN)
	@Transactional
	public ExternalOrgan createExternalOrgan(OrganDraft d) {
		String code = d.code().strip();
		if (organs.findByCode(code).isPresent()) {
			throw new FieldException("code", "organ.codeTaken", code);
		}
		ExternalOrgan organ = organs.save(new ExternalOrgan(UUID.randomUUID(), code, d.nameZh().strip(), blankToNull(d.nameEn()), d.kind()));
		audit.record(AuditRecord.success("organ.create", "external-organ", organ.id(), "code=" + code + " name=" + organ.nameZh()));
		return organ;
	}

	@PreAuthorize(ADMIN)
	@Transactional
	public ExternalOrgan updateExternalOrgan(UUID id, OrganDraft d) {
		ExternalOrgan organ = externalOrgan(id);
		String code = d.code().strip();
		organs.findByCode(code).filter(other -> !other.id().equals(id)).ifPresent(other -> {
			throw new FieldException("code", "organ.codeTaken", code);
		});
		String before = organ.code() + " " + organ.nameZh();
		organ.describe(code, d.nameZh().strip(), blankToNull(d.nameEn()), d.kind());
		audit.record(AuditRecord.success("organ.update", "external-organ", id, before + " -> " + code + " " + organ.nameZh()));
		return organ;
	}

	@PreAuthorize(ADMIN)
	@Transactional
	public ExternalOrgan setExternalOrganActive(UUID id, boolean active) {
		ExternalOrgan organ = externalOrgan(id);
		organ.setActive(active);
		audit.record(AuditRecord.success(active ? "organ.activate" : "organ.deactivate", "external-organ", id, "code=" + organ.code()));
		return organ;
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
