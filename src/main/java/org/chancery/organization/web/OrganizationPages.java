package org.chancery.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chancery.kernel.Forms;
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
import org.chancery.organization.OrganKind;
import org.chancery.organization.Organization;
import org.chancery.organization.Person;
import org.chancery.organization.Rank;
import org.chancery.organization.Unit;
import org.chancery.organization.UnitType;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organization's pages: units, people, leadership bodies and external organs. */
@Controller
@RequestMapping("/organization")
class OrganizationPages {

	private static final Set<String> PEOPLE_SORTS = Set.of("staffNumber", "nameZh", "nameEn", "position");

	private final Organization organization;
	private final Clock clock;

	OrganizationPages(Organization organization, Clock clock) {
		this.organization = organization;
		this.clock = clock;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("unitTypes", UnitType.values());
		model.addAttribute("ranks", Rank.values());
		model.addAttribute("organKinds", OrganKind.values());
	}

	private void unitOptions(Model model) {
		model.addAttribute("unitOptions", organization.unitTree().stream().filter(n -> n.unit().active()).toList());
	}

	// ------------------------------------------------------------ units

	@GetMapping({ "", "/units" })
	String units(Model model) {
		model.addAttribute("tree", organization.unitTree());
		return "organization/units";
	}

	@GetMapping("/units/new")
	String newUnit(Model model) {
		model.addAttribute("form", new UnitDraft("", "", null, UnitType.DEPARTMENT, Rank.BUREAU, null, 0));
		unitOptions(model);
		return "organization/unit-form";
	}

	@PostMapping("/units")
	String createUnit(@Valid @ModelAttribute("form") UnitDraft form, BindingResult errors, Model model, RedirectAttributes redirect) {
		var unitResult = Forms.submit(errors, () -> organization.createUnit(form));
		if (unitResult.isPresent()) {
			Unit unit = unitResult.get();
			flash(redirect, "unit.created", unit.code());
			return "redirect:/organization/units";
		}
		unitOptions(model);
		return "organization/unit-form";
	}

	@GetMapping("/units/{id}")
	String unit(@PathVariable UUID id, Model model) {
		Unit unit = organization.unit(id);
		model.addAttribute("unit", unit);
		model.addAttribute("form", new UnitDraft(unit.code(), unit.nameZh(), unit.nameEn(), unit.type(), unit.rank(), unit.parentId(),
				unit.sortOrder()));
		unitOptions(model);
		return "organization/unit-form";
	}

	@PostMapping("/units/{id}")
	String updateUnit(@PathVariable UUID id, @Valid @ModelAttribute("form") UnitDraft form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Unit unit = organization.unit(id);
		if (Forms.submit(errors, () -> organization.updateUnit(id, form)).isPresent()) {
			flash(redirect, "unit.saved", form.code());
			return "redirect:/organization/units";
		}
		model.addAttribute("unit", unit);
		unitOptions(model);
		return "organization/unit-form";
	}

	@PostMapping("/units/{id}/deactivate")
	String deactivateUnit(@PathVariable UUID id, RedirectAttributes redirect) {
		Unit unit = organization.deactivateUnit(id);
		flash(redirect, "unit.deactivated", unit.code());
		return "redirect:/organization/units";
	}

	@PostMapping("/units/{id}/activate")
	String activateUnit(@PathVariable UUID id, RedirectAttributes redirect) {
		Unit unit = organization.activateUnit(id);
		flash(redirect, "unit.activated", unit.code());
		return "redirect:/organization/units";
	}

	// ------------------------------------------------------------ people

	@GetMapping("/people")
	String people(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable UUID unit,
			@RequestParam(defaultValue = "false") boolean inactive, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "staffNumber") String sort, @RequestParam(defaultValue = "asc") String dir, Model model) {
		String sortBy = PEOPLE_SORTS.contains(sort) ? sort : "staffNumber";
		Sort.Direction direction = "desc".equals(dir) ? Sort.Direction.DESC : Sort.Direction.ASC;
		Page<Person> people = organization.people(q, unit, inactive, PageRequest.of(Math.max(page, 0), 20, Sort.by(direction, sortBy)));
		model.addAttribute("people", people);
		model.addAttribute("units", organization.unitsById(people.map(Person::unitId).toSet()));
		model.addAttribute("q", q);
		model.addAttribute("unit", unit);
		model.addAttribute("inactive", inactive);
		model.addAttribute("sort", sortBy);
		model.addAttribute("dir", direction == Sort.Direction.DESC ? "desc" : "asc");
		unitOptions(model);
		return "organization/people";
	}

	@GetMapping("/people/new")
	String newPerson(Model model) {
		model.addAttribute("form", new PersonDraft("", "", null, null, "", LocalDate.now(clock)));
		unitOptions(model);
		return "organization/person-new";
	}

	@PostMapping("/people")
	String createPerson(@Valid @ModelAttribute("form") PersonDraft form, BindingResult errors, Model model, RedirectAttributes redirect) {
		var personResult = Forms.submit(errors, () -> organization.createPerson(form));
		if (personResult.isPresent()) {
			Person person = personResult.get();
			flash(redirect, "person.created", person.nameZh());
			return "redirect:/organization/people/" + person.id();
		}
		unitOptions(model);
		return "organization/person-new";
	}

	@GetMapping("/people/{id}")
	String person(@PathVariable UUID id, Model model) {
		Person person = organization.person(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PersonRename(person.staffNumber(), person.nameZh(), person.nameEn()));
		}
		if (!model.containsAttribute("appointment")) {
			model.addAttribute("appointment", new AppointmentDraft(person.unitId(), person.position(), LocalDate.now(clock)));
		}
		if (!model.containsAttribute("secretaryForm")) {
			model.addAttribute("secretaryForm", new SecretaryDraft(id, null, LocalDate.now(clock)));
		}
		personModel(person, model);
		return "organization/person";
	}

	private void personModel(Person person, Model model) {
		var appointments = organization.appointments(person.id());
		var assignments = organization.secretaryAssignments(person.id());
		var memberships = organization.membershipsOf(person.id());
		var unitIds = new java.util.HashSet<UUID>();
		unitIds.add(person.unitId());
		appointments.forEach(a -> unitIds.add(a.unitId()));
		var personIds = new java.util.HashSet<UUID>();
		assignments.forEach(a -> {
			personIds.add(a.leaderId());
			personIds.add(a.secretaryId());
		});
		model.addAttribute("person", person);
		model.addAttribute("appointments", appointments);
		model.addAttribute("assignments", assignments);
		model.addAttribute("memberships", memberships);
		model.addAttribute("bodies", organization.bodies().stream().collect(java.util.stream.Collectors.toMap(LeadershipBody::id, b -> b)));
		model.addAttribute("units", organization.unitsById(unitIds));
		model.addAttribute("persons", organization.peopleById(personIds));
		model.addAttribute("secretaryOptions", organization.people(null, null, false, PageRequest.of(0, 500, Sort.by("staffNumber")))
			.filter(p -> !p.id().equals(person.id())).toList());
		unitOptions(model);
	}

	@PostMapping("/people/{id}")
	String renamePerson(@PathVariable UUID id, @Valid @ModelAttribute("form") PersonRename form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (Forms.submit(errors, () -> organization.renamePerson(id, form)).isPresent()) {
			flash(redirect, "person.saved", form.nameZh());
			return "redirect:/organization/people/" + id;
		}
		Person person = organization.person(id);
		model.addAttribute("appointment", new AppointmentDraft(person.unitId(), person.position(), LocalDate.now(clock)));
		model.addAttribute("secretaryForm", new SecretaryDraft(id, null, LocalDate.now(clock)));
		personModel(person, model);
		return "organization/person";
	}

	@PostMapping("/people/{id}/appointments")
	String appoint(@PathVariable UUID id, @Valid @ModelAttribute("appointment") AppointmentDraft form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (Forms.submit(errors, () -> organization.appoint(id, form)).isPresent()) {
			flash(redirect, "person.appointed", "");
			return "redirect:/organization/people/" + id;
		}
		Person person = organization.person(id);
		model.addAttribute("form", new PersonRename(person.staffNumber(), person.nameZh(), person.nameEn()));
		model.addAttribute("secretaryForm", new SecretaryDraft(id, null, LocalDate.now(clock)));
		personModel(person, model);
		return "organization/person";
	}

	@PostMapping("/people/{id}/secretaries")
	String assignSecretary(@PathVariable UUID id, @Valid @ModelAttribute("secretaryForm") SecretaryDraft form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (Forms.submit(errors, () -> organization.assignSecretary(new SecretaryDraft(id, form.secretaryId(), form.startedOn()))).isPresent()) {
			flash(redirect, "secretary.assigned", "");
			return "redirect:/organization/people/" + id;
		}
		Person person = organization.person(id);
		model.addAttribute("form", new PersonRename(person.staffNumber(), person.nameZh(), person.nameEn()));
		model.addAttribute("appointment", new AppointmentDraft(person.unitId(), person.position(), LocalDate.now(clock)));
		personModel(person, model);
		return "organization/person";
	}

	@PostMapping("/secretaries/{assignment}/end")
	String endSecretary(@PathVariable UUID assignment, @RequestParam UUID person, RedirectAttributes redirect) {
		organization.endSecretary(assignment, LocalDate.now(clock));
		flash(redirect, "secretary.ended", "");
		return "redirect:/organization/people/" + person;
	}

	@PostMapping("/people/{id}/deactivate")
	String deactivatePerson(@PathVariable UUID id, RedirectAttributes redirect) {
		Person person = organization.setPersonActive(id, false);
		flash(redirect, "person.saved", person.nameZh());
		return "redirect:/organization/people/" + id;
	}

	@PostMapping("/people/{id}/activate")
	String activatePerson(@PathVariable UUID id, RedirectAttributes redirect) {
		Person person = organization.setPersonActive(id, true);
		flash(redirect, "person.saved", person.nameZh());
		return "redirect:/organization/people/" + id;
	}

	// ------------------------------------------------------------ leadership bodies

	@GetMapping("/bodies")
	String bodies(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new BodyDraft("", "", null, null, 0));
		}
		model.addAttribute("bodies", organization.bodies());
		return "organization/bodies";
	}

	@PostMapping("/bodies")
	String createBody(@Valid @ModelAttribute("form") BodyDraft form, BindingResult errors, Model model, RedirectAttributes redirect) {
		var bodyResult = Forms.submit(errors, () -> organization.createBody(form));
		if (bodyResult.isPresent()) {
			LeadershipBody body = bodyResult.get();
			flash(redirect, "body.created", body.nameZh());
			return "redirect:/organization/bodies/" + body.id();
		}
		model.addAttribute("bodies", organization.bodies());
		return "organization/bodies";
	}

	@GetMapping("/bodies/{id}")
	String body(@PathVariable UUID id, Model model) {
		LeadershipBody body = organization.body(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new BodyDraft(body.code(), body.nameZh(), body.nameEn(), body.parentId(), body.sortOrder()));
		}
		if (!model.containsAttribute("member")) {
			model.addAttribute("member", new MemberDraft(null, 1, "", LocalDate.now(clock)));
		}
		bodyModel(body, model);
		return "organization/body";
	}

	private void bodyModel(LeadershipBody body, Model model) {
		var members = organization.members(body.id());
		model.addAttribute("body", body);
		model.addAttribute("members", members);
		model.addAttribute("persons", organization.peopleById(members.stream().map(m -> m.personId()).toList()));
		model.addAttribute("bodies", organization.bodies().stream().filter(b -> !b.id().equals(body.id())).toList());
		model.addAttribute("personOptions", organization.people(null, null, false, PageRequest.of(0, 500, Sort.by("staffNumber"))).toList());
	}

	@PostMapping("/bodies/{id}")
	String updateBody(@PathVariable UUID id, @Valid @ModelAttribute("form") BodyDraft form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (Forms.submit(errors, () -> organization.updateBody(id, form)).isPresent()) {
			flash(redirect, "body.saved", form.nameZh());
			return "redirect:/organization/bodies/" + id;
		}
		model.addAttribute("member", new MemberDraft(null, 1, "", LocalDate.now(clock)));
		bodyModel(organization.body(id), model);
		return "organization/body";
	}

	@PostMapping("/bodies/{id}/{state:activate|deactivate}")
	String bodyState(@PathVariable UUID id, @PathVariable String state, RedirectAttributes redirect) {
		LeadershipBody body = organization.setBodyActive(id, "activate".equals(state));
		flash(redirect, "body.saved", body.nameZh());
		return "redirect:/organization/bodies/" + id;
	}

	@PostMapping("/bodies/{id}/members")
	String addMember(@PathVariable UUID id, @Valid @ModelAttribute("member") MemberDraft form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (Forms.submit(errors, () -> organization.addMember(id, form)).isPresent()) {
			flash(redirect, "body.memberAdded", "");
			return "redirect:/organization/bodies/" + id;
		}
		LeadershipBody body = organization.body(id);
		model.addAttribute("form", new BodyDraft(body.code(), body.nameZh(), body.nameEn(), body.parentId(), body.sortOrder()));
		bodyModel(body, model);
		return "organization/body";
	}

	@PostMapping("/bodies/{id}/members/{membership}/end")
	String endMember(@PathVariable UUID id, @PathVariable UUID membership, RedirectAttributes redirect) {
		organization.endMembership(membership, LocalDate.now(clock));
		flash(redirect, "body.memberEnded", "");
		return "redirect:/organization/bodies/" + id;
	}

	@PostMapping("/bodies/{id}/members/{membership}/precedence")
	String precedence(@PathVariable UUID id, @PathVariable UUID membership, @RequestParam int precedence, RedirectAttributes redirect) {
		organization.setPrecedence(membership, precedence);
		flash(redirect, "body.saved", organization.body(id).nameZh());
		return "redirect:/organization/bodies/" + id;
	}

	// ------------------------------------------------------------ external organs

	@GetMapping("/organs")
	String organs(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new OrganDraft("", "", null, OrganKind.MINISTRY));
		}
		model.addAttribute("organs", organization.externalOrgans());
		return "organization/organs";
	}

	@PostMapping("/organs")
	String createOrgan(@Valid @ModelAttribute("form") OrganDraft form, BindingResult errors, Model model, RedirectAttributes redirect) {
		var organResult = Forms.submit(errors, () -> organization.createExternalOrgan(form));
		if (organResult.isPresent()) {
			ExternalOrgan organ = organResult.get();
			flash(redirect, "organ.created", organ.nameZh());
			return "redirect:/organization/organs";
		}
		model.addAttribute("organs", organization.externalOrgans());
		return "organization/organs";
	}

	@GetMapping("/organs/{id}")
	String organ(@PathVariable UUID id, Model model) {
		ExternalOrgan organ = organization.externalOrgan(id);
		model.addAttribute("organ", organ);
		model.addAttribute("form", new OrganDraft(organ.code(), organ.nameZh(), organ.nameEn(), organ.kind()));
		return "organization/organ";
	}

	@PostMapping("/organs/{id}")
	String updateOrgan(@PathVariable UUID id, @Valid @ModelAttribute("form") OrganDraft form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ExternalOrgan organ = organization.externalOrgan(id);
		if (Forms.submit(errors, () -> organization.updateExternalOrgan(id, form)).isPresent()) {
			flash(redirect, "organ.saved", form.nameZh());
			return "redirect:/organization/organs";
		}
		model.addAttribute("organ", organ);
		return "organization/organ";
	}

	@PostMapping("/organs/{id}/{state:activate|deactivate}")
	String organState(@PathVariable UUID id, @PathVariable String state, RedirectAttributes redirect) {
		ExternalOrgan organ = organization.setExternalOrganActive(id, "activate".equals(state));
		flash(redirect, "organ.saved", organ.nameZh());
		return "redirect:/organization/organs";
	}

	private static void flash(RedirectAttributes redirect, String key, Object arg) {
		redirect.addFlashAttribute("flash", key);
		redirect.addFlashAttribute("flashArg", arg);
	}
}
