package org.chancery.secrecy;

import java.util.Set;
import java.util.UUID;

import org.chancery.identity.ChanceryUser;
import org.chancery.organization.Organization;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides whether a person may read or change a protected item (DESIGN.md §3.10).
 * Roles play no part: a security administrator or auditor sees no content because of that role. The
 * subject is read afresh on every decision, so a clearance taken away counts from the next request.
 */
@Service
public class AccessPolicy {

	/** Who asks: their account, the person and unit it stands for, their clearance and compartments. */
	public record Subject(@Nullable UUID accountId, @Nullable UUID personId, @Nullable UUID unitId, Level clearance,
			Set<String> compartments) {

		public static final Subject NOBODY = new Subject(null, null, null, Level.UNCLASSIFIED, Set.of());
	}

	/**
	 * What protects an item: its level, the compartments a reader must hold, and its need-to-know scope
	 * (named persons and units; people approved from outside the scope are added to it as persons).
	 */
	public record Protection(Level level, Set<String> compartments, Set<UUID> persons, Set<UUID> units) {

		public static Protection open() {
			return new Protection(Level.UNCLASSIFIED, Set.of(), Set.of(), Set.of());
		}
	}

	private final ClearanceRecords clearances;
	private final Organization organization;

	AccessPolicy(ClearanceRecords clearances, Organization organization) {
		this.clearances = clearances;
		this.organization = organization;
	}

	/**
	 * The dominance rule: the clearance dominates the level, every compartment is held, and where a
	 * scope is set (always for 机密 and 绝密) the person or their unit is in it. An item of 机密 or 绝密
	 * without a scope is readable by nobody: deny by default.
	 */
	public static boolean mayRead(Subject subject, Protection item) {
		if (subject.accountId() == null) {
			return false;
		}
		if (!subject.clearance().dominates(item.level())) {
			return false;
		}
		if (!subject.compartments().containsAll(item.compartments())) {
			return false;
		}
		boolean scoped = !item.persons().isEmpty() || !item.units().isEmpty();
		if (item.level().needsNamedScope() && !scoped) {
			return false;
		}
		if (!scoped) {
			return true;
		}
		return (subject.personId() != null && item.persons().contains(subject.personId()))
				|| (subject.unitId() != null && item.units().contains(subject.unitId()));
	}

	/** Changing an item needs at least the right to read it; modules add their own duty checks. */
	public static boolean mayWrite(Subject subject, Protection item) {
		return mayRead(subject, item);
	}

	public boolean mayRead(Protection item) {
		return mayRead(currentSubject(), item);
	}

	/** The signed-in person as the policy sees them now (not as when they signed in). */
	@Transactional(readOnly = true)
	public Subject currentSubject() {
		return ChanceryUser.current()
			.map(user -> org.chancery.kernel.PerTransaction.get(new SubjectKey(user.accountId()), () -> subjectOf(user.accountId(), user.personId())))
			.orElse(Subject.NOBODY);
	}

	private record SubjectKey(UUID accountId) {
	}

	@Transactional(readOnly = true)
	public Subject subjectOf(UUID accountId, @Nullable UUID personId) {
		UUID unit = unitOf(personId);
		return clearances.findById(accountId)
			.map(c -> new Subject(accountId, personId, unit, c.level(), c.compartments()))
			.orElseGet(() -> new Subject(accountId, personId, unit, Level.UNCLASSIFIED, Set.of()));
	}

	private @Nullable UUID unitOf(@Nullable UUID personId) {
		if (personId == null) {
			return null;
		}
		return organization.findPerson(personId).filter(p -> p.active()).map(p -> p.unitId()).orElse(null);
	}
}
