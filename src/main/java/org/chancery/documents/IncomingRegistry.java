package org.chancery.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.chancery.secrecy.Level;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incoming registry (收文登记簿): filters (state, urgency, marking, sending organ, dates of arrival,
 * overdue, number), sorting, and pages of what the reader may see. Pages are read as "this page and
 * whether there is a next one", without counting every match, so the first page of a filter over a
 * million documents stays fast.
 */
@Service
@Transactional(readOnly = true)
public class IncomingRegistry {

	public record Filter(IncomingDocument.@Nullable State state, @Nullable Urgency urgency, @Nullable Level level, @Nullable String sender,
			@Nullable LocalDate from, @Nullable LocalDate to, boolean overdue, @Nullable String number) {

		public static Filter none() {
			return new Filter(null, null, null, null, null, null, false, null);
		}
	}

	public enum Sort {
		NEWEST, OLDEST, DEADLINE, NUMBER, SENDER
	}

	public record Page(List<IncomingDocument> items, int page, int size, boolean hasNext) {
	}

	private final EntityManager em;
	private final IncomingAccess access;
	private final Clock clock;

	IncomingRegistry(EntityManager em, IncomingAccess access, Clock clock) {
		this.em = em;
		this.access = access;
		this.clock = clock;
	}

	public Page find(Filter f, Sort sort, int page, int size) {
		int safeSize = Math.clamp(size, 1, 200);
		int safePage = Math.clamp(page, 0, 10_000);
		CriteriaBuilder cb = em.getCriteriaBuilder();
		CriteriaQuery<IncomingDocument> q = cb.createQuery(IncomingDocument.class);
		Root<IncomingDocument> root = q.from(IncomingDocument.class);
		List<Predicate> where = new ArrayList<>();
		where.add(access.visibleRowByRow().toPredicate(root, q, cb));
		if (f.state() != null) {
			where.add(cb.equal(root.get("state"), f.state()));
		}
		if (f.urgency() != null) {
			where.add(cb.equal(root.get("urgency"), f.urgency()));
		}
		if (f.level() != null) {
			where.add(cb.equal(root.get("levelRank"), f.level().ordinal()));
		}
		if (f.sender() != null && !f.sender().isBlank()) {
			where.add(cb.equal(root.get("senderName"), f.sender().strip()));
		}
		if (f.number() != null && !f.number().isBlank()) {
			where.add(cb.equal(root.get("registrationNumber"), f.number().strip()));
		}
		ZoneId zone = clock.getZone();
		if (f.from() != null) {
			where.add(cb.greaterThanOrEqualTo(root.get("arrivedAt"), f.from().atStartOfDay(zone).toInstant()));
		}
		if (f.to() != null) {
			where.add(cb.lessThan(root.get("arrivedAt"), f.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		if (f.overdue()) {
			where.add(cb.lessThan(root.get("deadline"), LocalDate.now(clock)));
			where.add(root.get("state").in(IncomingDocument.State.REGISTERED, IncomingDocument.State.HANDLING));
		}
		q.select(root).where(where.toArray(Predicate[]::new)).orderBy(order(sort, fixedColumn(f), root, cb));
		List<IncomingDocument> rows = em.createQuery(q).setFirstResult(safePage * safeSize).setMaxResults(safeSize + 1).getResultList();
		boolean more = rows.size() > safeSize;
		return new Page(more ? rows.subList(0, safeSize) : rows, safePage, safeSize, more);
	}

	/**
	 * The indexed column a filter fixes to one value (sender, state, level), if any. Ordering by it first
	 * changes nothing in the result, but lets every database read the page in index order from the
	 * index that starts with it (H2 does so only when told), instead of sorting every match.
	 */
	private static @Nullable String fixedColumn(Filter f) {
		if (f.sender() != null && !f.sender().isBlank()) {
			return "senderName";
		}
		if (f.state() != null) {
			return "state";
		}
		return f.level() != null ? "levelRank" : null;
	}

	private static List<Order> order(Sort sort, @Nullable String fixed, Root<IncomingDocument> root, CriteriaBuilder cb) {
		List<Order> byArrival = sort == Sort.OLDEST ? List.of(cb.asc(root.get("arrivedAt")), cb.asc(root.get("id")))
				: List.of(cb.desc(root.get("arrivedAt")), cb.desc(root.get("id")));
		if (fixed != null && (sort == Sort.NEWEST || sort == Sort.OLDEST)) {
			List<Order> orders = new ArrayList<>();
			// the index runs (column asc, arrival desc, id desc): newest first reads it forwards, oldest first backwards
			orders.add(sort == Sort.OLDEST ? cb.desc(root.get(fixed)) : cb.asc(root.get(fixed)));
			orders.addAll(byArrival);
			return orders;
		}
		return switch (sort) {
			case NEWEST, OLDEST -> byArrival;
			case DEADLINE -> List.of(cb.asc(root.get("deadline"), jakarta.persistence.criteria.Nulls.LAST), cb.desc(root.get("arrivedAt")));
			case NUMBER -> List.of(cb.desc(root.get("registrationYear")), cb.desc(root.get("registrationSerial")));
			case SENDER -> List.of(cb.asc(root.get("senderName")), cb.desc(root.get("arrivedAt")));
		};
	}
}
