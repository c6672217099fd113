package org.chancery.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.chancery.kernel.NotFoundException;
import org.chancery.secrecy.AccessPolicy;
import org.chancery.secrecy.ProtectedItems;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who may see an incoming document: the office (its directors, clerks and leaders), the people of the
 * receiving unit, the readers on its circulations, the units it is assigned to and its named chaser —
 * each only as far as the secrecy policy lets them. Everyone else gets the answer given for a
 * document that does not exist.
 */
@Component
class IncomingAccess {

	private final DocumentAccess documents;
	private final ProtectedItems protectedItems;
	private final AccessPolicy policy;
	private final Circulations circulations;
	private final Assignments assignments;

	IncomingAccess(DocumentAccess documents, ProtectedItems protectedItems, AccessPolicy policy, Circulations circulations,
			Assignments assignments) {
		this.documents = documents;
		this.protectedItems = protectedItems;
		this.policy = policy;
		this.circulations = circulations;
		this.assignments = assignments;
	}

	DocumentAccess.Reader reader() {
		return documents.reader();
	}

	boolean involved(IncomingDocument d, DocumentAccess.Reader r) {
		if (r.office() || r.units().contains(d.receivingUnitId()) || r.accountId().equals(d.chaserId()) || r.accountId().equals(d.instructorId())) {
			return true;
		}
		return circulations.findByIncomingIdOrderByStartedAtAsc(d.id()).stream()
			.anyMatch(c -> c.stops().stream().anyMatch(s -> s.readerId().equals(r.accountId())))
				|| assignments.findByIncomingIdOrderByLeadDescUnitIdAsc(d.id()).stream().anyMatch(a -> r.units().contains(a.unitId()));
	}

	/** The document, if the current user may see it; a read of a 机密/绝密 one is disclosed. */
	IncomingDocument requireVisible(IncomingDocument d) {
		if (!involved(d, reader())) {
			throw new NotFoundException();
		}
		protectedItems.requireReadable(d.id());
		return d;
	}

	/** Whether the current user may open an outgoing document (a reply shown on the page), without recording a read. */
	boolean mayOpen(OutgoingDocument doc) {
		return documents.onRoute(doc, reader()) && policy.mayRead(protectedItems.protectionOf(doc.id()));
	}

	/** The same rule as a query condition, so lists and counts hold only what the reader may see. */
	Specification<IncomingDocument> visible() {
		return visible(false);
	}

	/** The same, for the registry's pages read in index order: the secrecy rule probed row by row (see {@link ProtectedItems#readableRowByRow}). */
	Specification<IncomingDocument> visibleRowByRow() {
		return visible(true);
	}

	private Specification<IncomingDocument> visible(boolean rowByRow) {
		DocumentAccess.Reader r = reader();
		AccessPolicy.Subject subject = policy.currentSubject();
		return (root, query, cb) -> {
			Predicate readable = rowByRow ? ProtectedItems.readableRowByRow(root.get("id"), query, cb, subject)
					: ProtectedItems.readable(root.get("id"), query, cb, subject);
			if (r.office()) {
				return readable;
			}
			List<Predicate> mine = new ArrayList<>();
			mine.add(cb.equal(root.get("chaserId"), r.accountId()));
			mine.add(cb.equal(root.get("instructorId"), r.accountId()));
			if (!r.units().isEmpty()) {
				mine.add(root.get("receivingUnitId").in(r.units()));
				Subquery<UUID> assigned = query.subquery(UUID.class);
				Root<Assignment> a = assigned.from(Assignment.class);
				assigned.select(a.get("id")).where(cb.equal(a.get("incomingId"), root.get("id")), a.get("unitId").in(r.units()));
				mine.add(cb.exists(assigned));
			}
			Subquery<UUID> reading = query.subquery(UUID.class);
			Root<Circulation> c = reading.from(Circulation.class);
			Join<Circulation, CirculationStop> s = c.join("stops");
			reading.select(c.get("id")).where(cb.equal(c.get("incomingId"), root.get("id")), cb.equal(s.get("readerId"), r.accountId()));
			mine.add(cb.exists(reading));
			return cb.and(readable, cb.or(mine.toArray(Predicate[]::new)));
		};
	}
}
