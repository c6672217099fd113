package org.chancery.documents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.chancery.organization.ExternalOrgan;
import org.chancery.organization.OrganKind;
import org.chancery.organization.Organization;
import org.chancery.organization.Unit;
import org.springframework.stereotype.Component;

/**
 * Who may send what to whom (RULES.md §1.3), checked when a draft is submitted. Reporting lines are
 * the unit tree: a unit's superior is its parent, the top unit answers to the leadership bodies;
 * external provinces are lower bodies, ministries and top-level bodies have no reporting line to the
 * office.
 */
@Component
public class DraftingRules {

	/** Words by which a 报告 asks for something: a report carries no request. */
	private static final Pattern REQUEST_WORDS = Pattern.compile("请批示|请审批|请批准|请予批准|妥否|请指示|请核准");

	private final Organization organization;

	DraftingRules(Organization organization) {
		this.organization = organization;
	}

	public List<Finding> check(OutgoingDocument doc, Body body) {
		List<Finding> findings = new ArrayList<>();
		Map<UUID, Unit> units = organization.units().stream().collect(Collectors.toMap(Unit::id, u -> u));
		Unit issuer = units.get(doc.issuingUnitId());
		List<Party> main = doc.parties(Party.Role.MAIN);
		List<Party> copies = doc.parties(Party.Role.COPY);

		if (!doc.type().directions().contains(doc.direction())) {
			findings.add(Finding.block("direction", doc.type().chinese()));
		}
		if (main.isEmpty()) {
			findings.add(Finding.block("mainRecipientRequired", ""));
		}
		if (doc.title().isBlank()) {
			findings.add(Finding.block("titleRequired", ""));
		}
		else if (!doc.title().endsWith(doc.type().chinese()) && !(doc.type() == DocumentType.ORDER && doc.title().endsWith("令"))) {
			findings.add(Finding.warn("titleEndsWithType", doc.type().chinese()));
		}
		if (body.isEmpty()) {
			findings.add(Finding.block("bodyRequired", ""));
		}
		if (main.stream().anyMatch(p -> p.kind() == Party.Kind.PERSON) || copies.stream().anyMatch(p -> p.kind() == Party.Kind.PERSON)) {
			findings.add(Finding.block("noIndividualLeader", ""));
		}
		checkJoint(doc, units, issuer, findings);
		switch (doc.direction()) {
			case UP -> checkUpward(doc, body, units, issuer, main, copies, findings);
			case DOWN -> checkDownward(doc, units, issuer, main, copies, findings);
			case LEVEL -> { }
		}
		if (doc.type() == DocumentType.REPORT && REQUEST_WORDS.matcher(body.plainText()).find()) {
			findings.add(Finding.warn("reportNoRequest", ""));
		}
		return findings;
	}

	private void checkJoint(OutgoingDocument doc, Map<UUID, Unit> units, Unit issuer, List<Finding> findings) {
		for (UUID co : doc.partyIds(Party.Role.CO_ISSUER)) {
			Unit other = units.get(co);
			if (other == null || other.id().equals(issuer.id()) || other.rank() != issuer.rank()
					|| !Objects.equals(other.parentId(), issuer.parentId())) {
				findings.add(Finding.block("jointSameLevel", other == null ? "" : other.nameZh()));
			}
		}
	}

	private void checkUpward(OutgoingDocument doc, Body body, Map<UUID, Unit> units, Unit issuer, List<Party> main, List<Party> copies,
			List<Finding> findings) {
		if (main.size() > 1) {
			findings.add(Finding.block("upOneRecipient", String.valueOf(main.size())));
		}
		int organs = 1 + doc.partyIds(Party.Role.CO_ISSUER).size();
		if (doc.partyIds(Party.Role.SIGNER).size() < organs) {
			findings.add(Finding.block("upSigner", String.valueOf(organs)));
		}
		for (Party copy : copies) {
			if (subordinate(copy, units, issuer)) {
				findings.add(Finding.block("upNoSubordinateCopies", nameOf(copy, units)));
			}
		}
		if (main.size() == 1) {
			Party to = main.getFirst();
			List<Unit> superiors = superiorsOf(issuer, units);
			List<Unit> skipped;
			if (to.kind() == Party.Kind.UNIT) {
				int at = superiors.stream().map(Unit::id).toList().indexOf(to.refId());
				if (at < 0) {
					findings.add(Finding.block("upNotSuperior", nameOf(to, units)));
					skipped = List.of();
				}
				else {
					skipped = superiors.subList(0, at);
				}
			}
			else if (to.kind() == Party.Kind.BODY) {
				skipped = superiors;
			}
			else {
				findings.add(Finding.block("upNotSuperior", nameOf(to, units)));
				skipped = List.of();
			}
			Set<UUID> copied = copies.stream().map(Party::refId).collect(Collectors.toSet());
			for (Unit s : skipped) {
				if (!copied.contains(s.id())) {
					findings.add(Finding.block("noSkipping", s.nameZh()));
				}
			}
		}
		if (doc.type() == DocumentType.REQUEST && body.topLevelHeadings() > 1) {
			findings.add(Finding.warn("requestOneMatter", String.valueOf(body.topLevelHeadings())));
		}
	}

	private void checkDownward(OutgoingDocument doc, Map<UUID, Unit> units, Unit issuer, List<Party> main, List<Party> copies,
			List<Finding> findings) {
		boolean generalOffice = issuer.parentId() == null;
		for (Party to : main) {
			if (to.kind() == Party.Kind.EXTERNAL && !generalOffice && kindOf(to) == OrganKind.PROVINCE) {
				findings.add(Finding.block("directiveToLowerBodies", nameOf(to, units)));
			}
			if (to.kind() == Party.Kind.UNIT && !subordinate(to, units, issuer)) {
				findings.add(Finding.block("downNotSubordinate", nameOf(to, units)));
			}
			if (to.kind() == Party.Kind.BODY) {
				findings.add(Finding.block("downNotSubordinate", nameOf(to, units)));
			}
		}
		if (doc.important() && issuer.parentId() != null
				&& copies.stream().noneMatch(c -> c.kind() == Party.Kind.UNIT && c.refId().equals(issuer.parentId()))) {
			findings.add(Finding.warn("downCopySuperior", units.get(issuer.parentId()).nameZh()));
		}
	}

	/** The issuer's superiors, nearest first. */
	static List<Unit> superiorsOf(Unit unit, Map<UUID, Unit> units) {
		List<Unit> chain = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		UUID next = unit.parentId();
		while (next != null && seen.add(next) && units.containsKey(next)) {
			Unit u = units.get(next);
			chain.add(u);
			next = u.parentId();
		}
		return chain;
	}

	private boolean subordinate(Party party, Map<UUID, Unit> units, Unit issuer) {
		if (party.kind() == Party.Kind.EXTERNAL) {
			return kindOf(party) == OrganKind.PROVINCE && issuer.parentId() == null;
		}
		if (party.kind() != Party.Kind.UNIT || !units.containsKey(party.refId())) {
			return false;
		}
		return superiorsOf(units.get(party.refId()), units).stream().anyMatch(u -> u.id().equals(issuer.id()));
	}

	private OrganKind kindOf(Party party) {
		return organization.externalOrgans().stream().filter(o -> o.id().equals(party.refId())).map(ExternalOrgan::kind).findFirst()
			.orElse(OrganKind.OTHER);
	}

	private String nameOf(Party party, Map<UUID, Unit> units) {
		return switch (party.kind()) {
			case UNIT -> units.containsKey(party.refId()) ? units.get(party.refId()).nameZh() : "";
			case EXTERNAL -> organization.externalOrgans().stream().filter(o -> o.id().equals(party.refId())).map(ExternalOrgan::nameZh)
				.findFirst().orElse("");
			case BODY -> organization.bodies().stream().filter(b -> b.id().equals(party.refId())).map(b -> b.nameZh()).findFirst().orElse("");
			case PERSON -> "";
		};
	}
}
