package org.chancery.secrecy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.chancery.secrecy.AccessPolicy.Protection;
import org.chancery.secrecy.AccessPolicy.Subject;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The dominance rule against a small reference function: exhaustively, and with generated subjects. */
class AccessPolicyTests {

	static final UUID ME = UUID.randomUUID();
	static final UUID MY_UNIT = UUID.randomUUID();
	static final UUID SOMEONE = UUID.randomUUID();
	static final UUID OTHER_UNIT = UUID.randomUUID();
	static final List<String> COMPARTMENTS = List.of("A", "B", "C");

	/** The rule as RULES.md §2 states it, written separately from the product's code. */
	static boolean reference(Level clearance, Set<String> held, boolean hasPerson, boolean hasUnit, Level level, Set<String> needed,
			Set<UUID> persons, Set<UUID> units) {
		if (clearance.ordinal() < level.ordinal()) {
			return false;
		}
		for (String c : needed) {
			if (!held.contains(c)) {
				return false;
			}
		}
		boolean noScope = persons.isEmpty() && units.isEmpty();
		if (level == Level.SECRET || level == Level.TOP_SECRET) {
			if (noScope) {
				return false;
			}
		}
		if (noScope) {
			return true;
		}
		return (hasPerson && persons.contains(ME)) || (hasUnit && units.contains(MY_UNIT));
	}

	@Test
	void everyCombinationAgreesWithTheReference() {
		List<Set<String>> subsets = subsets(COMPARTMENTS);
		List<Set<UUID>> personScopes = List.of(Set.of(), Set.of(ME), Set.of(SOMEONE), Set.of(ME, SOMEONE));
		List<Set<UUID>> unitScopes = List.of(Set.of(), Set.of(MY_UNIT), Set.of(OTHER_UNIT));
		int checked = 0;
		for (Level clearance : Level.values()) {
			for (Set<String> held : subsets) {
				for (boolean hasPerson : new boolean[] { true, false }) {
					for (boolean hasUnit : new boolean[] { true, false }) {
						Subject subject = new Subject(UUID.randomUUID(), hasPerson ? ME : null, hasUnit ? MY_UNIT : null, clearance, held);
						for (Level level : Level.values()) {
							for (Set<String> needed : subsets) {
								for (Set<UUID> persons : personScopes) {
									for (Set<UUID> units : unitScopes) {
										boolean expected = reference(clearance, held, hasPerson, hasUnit, level, needed, persons, units);
										assertThat(AccessPolicy.mayRead(subject, new Protection(level, needed, persons, units)))
											.as("%s %s person=%s unit=%s reading %s %s %s %s", clearance, held, hasPerson, hasUnit, level, needed,
													persons, units)
											.isEqualTo(expected);
										checked++;
									}
								}
							}
						}
					}
				}
			}
		}
		assertThat(checked).isEqualTo(5 * 8 * 2 * 2 * 5 * 8 * 4 * 3);
	}

	@Test
	void nobodyWithoutAnAccountReadsAnything() {
		assertThat(AccessPolicy.mayRead(Subject.NOBODY, Protection.open())).isFalse();
	}

	@Property(tries = 2000)
	void generatedSubjectsAgreeWithTheReference(@ForAll("levels") Level clearance, @ForAll("compartmentSets") Set<String> held,
			@ForAll boolean hasPerson, @ForAll boolean hasUnit, @ForAll("levels") Level level, @ForAll("compartmentSets") Set<String> needed,
			@ForAll("scopes") Set<UUID> persons, @ForAll("scopes") Set<UUID> units) {
		Subject subject = new Subject(UUID.randomUUID(), hasPerson ? ME : null, hasUnit ? MY_UNIT : null, clearance, held);
		assertThat(AccessPolicy.mayRead(subject, new Protection(level, needed, persons, units)))
			.isEqualTo(reference(clearance, held, hasPerson, hasUnit, level, needed, persons, units));
	}

	@Provide
	Arbitrary<Level> levels() {
		return Arbitraries.of(Level.class);
	}

	@Provide
	Arbitrary<Set<String>> compartmentSets() {
		return Arbitraries.of("A", "B", "C", "D", "CRYPTO").set().ofMaxSize(5);
	}

	@Provide
	Arbitrary<Set<UUID>> scopes() {
		return Arbitraries.of(ME, MY_UNIT, SOMEONE, OTHER_UNIT, UUID.randomUUID()).set().ofMaxSize(4);
	}

	private static List<Set<String>> subsets(List<String> items) {
		List<Set<String>> out = new ArrayList<>();
		for (int mask = 0; mask < (1 << items.size()); mask++) {
			Set<String> s = new HashSet<>();
			for (int i = 0; i < items.size(); i++) {
				if ((mask & (1 << i)) != 0) {
					s.add(items.get(i));
				}
			}
			out.add(s);
		}
		return out;
	}
}
