package org.chancery.documents;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.chancery.identity.ChanceryUser;
import org.chancery.identity.Role;
import org.chancery.identity.RoleGrant;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Organization;
import org.chancery.secrecy.AccessPolicy;
import org.chancery.secrecy.ProtectedItems;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who may see an outgoing document: the people on its route, and only as far as the secrecy policy lets
 * them. On the route are the drafter, the issuing, co-issuing and countersigning units' people, the
 * named signers (and their deputies), and the office's reviewers, clerks and leaders; once dispatched,
 * also the people of the recipient units. Everyone else
 * gets the answer given for a document that does not exist.
 */
@Component
class DocumentAccess {

	/** Roles whose holders handle every document the secrecy policy lets them read. */
	/** Once dispatched, the recipients' people see the document too. */
	static final Set<OutgoingDocument.State> SENT = EnumSet.of(OutgoingDocument.State.FILING, OutgoingDocument.State.FILED);

	static final Set<Role> OFFICE_ROLES = EnumSet.of(Role.OFFICE_DIRECTOR, Role.DOCUMENT_CLERK, Role.CONFIDENTIAL_CLERK, Role.LEADER);

	private final ProtectedItems protectedItems;
	private final AccessPolicy policy;
	private final Organization organization;
	private final Delegations delegations;
	private final java.time.Clock clock;

	DocumentAccess(ProtectedItems protectedItems, AccessPolicy policy, Organization organization, Delegations delegations, java.time.Clock clock) {
		this.protectedItems = protectedItems;
		this.policy = policy;
		this.organization = organization;
		this.delegations = delegations;
		this.clock = clock;
	}

	/** What the current user is, for the route: their account, units and the signers they may sign for. */
	record Reader(UUID accountId, Set<UUID> units, Set<UUID> signerIds, boolean office) {
	}

	Reader reader() {
		ChanceryUser me = ChanceryUser.current().orElseThrow(NotFoundException::new);
		return org.chancery.kernel.PerTransaction.get(new ReaderKey(me.accountId()), () -> readerOf(me));
	}

	private record ReaderKey(UUID accountId) {
	}

	private Reader readerOf(ChanceryUser me) {
		Set<UUID> units = new HashSet<>();
		Set<UUID> signers = new HashSet<>();
		if (me.personId() != null) {
			units.add(organization.person(me.personId()).unitId());
			signers.add(me.personId());
			java.time.LocalDate today = java.time.LocalDate.now(clock);
			delegations.findByDeputyId(me.personId()).stream().filter(d -> d.validOn(today)).forEach(d -> signers.add(d.principalId()));
		}
		me.roles().stream().map(RoleGrant::unitId).filter(java.util.Objects::nonNull).forEach(units::add);
		boolean office = me.roles().stream().anyMatch(g -> OFFICE_ROLES.contains(g.role()));
		return new Reader(me.accountId(), units, signers, office);
	}

	boolean onRoute(OutgoingDocument doc, Reader r) {
		if (r.office() || doc.drafterId().equals(r.accountId()) || r.units().contains(doc.issuingUnitId())) {
			return true;
		}
		boolean sent = SENT.contains(doc.state());
		return doc.parties().stream().anyMatch(p -> switch (p.role()) {
			case CO_ISSUER, COUNTERSIGN -> r.units().contains(p.refId());
			case SIGNER -> r.signerIds().contains(p.refId());
			case MAIN, COPY -> sent && r.units().contains(p.refId());
		});
	}

	/** The document, if the current user may see it; a read of a 机密/绝密 one is disclosed. */
	OutgoingDocument requireVisible(OutgoingDocument doc) {
		if (!onRoute(doc, reader())) {
			throw new NotFoundException();
		}
		protectedItems.requireReadable(doc.id());
		return doc;
	}

	/** The same rule as a query condition, so lists and counts hold only what the reader may see. */
	Specification<OutgoingDocument> visible() {
		Reader r = reader();
		AccessPolicy.Subject subject = policy.currentSubject();
		return (Root<OutgoingDocument> root, CriteriaQuery<?> query, CriteriaBuilder cb) -> {
			Predicate readable = ProtectedItems.readable(root.get("id"), query, cb, subject);
			if (r.office()) {
				return readable;
			}
			List<Predicate> route = new ArrayList<>();
			route.add(cb.equal(root.get("drafterId"), r.accountId()));
			if (!r.units().isEmpty()) {
				route.add(root.get("issuingUnitId").in(r.units()));
			}
			Subquery<UUID> named = query.subquery(UUID.class);
			Root<OutgoingDocument> same = named.from(OutgoingDocument.class);
			Join<OutgoingDocument, Party> party = same.join("parties");
			List<Predicate> mine = new ArrayList<>();
			if (!r.units().isEmpty()) {
				mine.add(cb.and(party.get("role").in(Party.Role.CO_ISSUER, Party.Role.COUNTERSIGN), party.get("refId").in(r.units())));
				mine.add(cb.and(party.get("role").in(Party.Role.MAIN, Party.Role.COPY), party.get("refId").in(r.units()),
						same.get("state").in(SENT)));
			}
			if (!r.signerIds().isEmpty()) {
				mine.add(cb.and(cb.equal(party.get("role"), Party.Role.SIGNER), party.get("refId").in(r.signerIds())));
			}
			if (!mine.isEmpty()) {
				named.select(same.get("id")).where(cb.equal(same.get("id"), root.get("id")), cb.or(mine.toArray(Predicate[]::new)));
				route.add(cb.exists(named));
			}
			return cb.and(readable, cb.or(route.toArray(Predicate[]::new)));
		};
	}
}
