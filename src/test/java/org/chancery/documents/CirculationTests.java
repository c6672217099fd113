package org.chancery.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.chancery.kernel.DomainException;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A circulation always has a defined location: while it runs, exactly one current reader (ordered) or
 * every reader who has not acted (parallel); once ended, none. Nobody leaves the list without acting or
 * a recorded reason.
 */
class CirculationTests {

	static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
	static final Supplier<Instant> DUE = () -> NOW.plusSeconds(86_400);

	static List<Circulation.Reader> readers(int n) {
		List<Circulation.Reader> list = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			list.add(new Circulation.Reader(UUID.randomUUID(), "读者" + i));
		}
		return list;
	}

	@Test
	void anOrderedCirculationPassesFromReaderToReaderAndEnds() {
		var readers = readers(3);
		Circulation c = new Circulation(UUID.randomUUID(), UUID.randomUUID(), Circulation.Mode.ORDERED, readers, "clerk", NOW, DUE);
		assertThat(c.location()).extracting(CirculationStop::readerName).containsExactly("读者0");
		// the second reader cannot read before the first
		assertThatThrownBy(() -> c.read(readers.get(1).accountId(), null, NOW, DUE)).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("circulation.notYourTurn");
		c.read(readers.get(0).accountId(), "已阅", NOW, DUE);
		assertThat(c.location()).extracting(CirculationStop::readerName).containsExactly("读者1");
		// skipping needs a reason
		UUID second = c.location().getFirst().id();
		assertThatThrownBy(() -> c.skip(second, " ", "clerk", NOW, DUE)).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("circulation.skipNeedsReason");
		c.skip(second, "出差", "clerk", NOW, DUE);
		assertThat(c.location()).extracting(CirculationStop::readerName).containsExactly("读者2");
		c.read(readers.get(2).accountId(), null, NOW, DUE);
		assertThat(c.state()).isEqualTo(Circulation.State.FINISHED);
		assertThat(c.location()).isEmpty();
		assertThat(c.stops()).extracting(CirculationStop::state).containsExactly(CirculationStop.State.READ, CirculationStop.State.SKIPPED,
				CirculationStop.State.READ);
		assertThat(c.stops().get(1).reason()).isEqualTo("出差");
	}

	@Test
	void aReturnEndsItAndWithdrawsTheOthersWithTheReason() {
		var readers = readers(3);
		Circulation c = new Circulation(UUID.randomUUID(), UUID.randomUUID(), Circulation.Mode.PARALLEL, readers, "clerk", NOW, DUE);
		assertThat(c.location()).hasSize(3);
		c.read(readers.get(2).accountId(), null, NOW, DUE);
		assertThat(c.location()).hasSize(2);
		c.returnIt(readers.get(0).accountId(), "应由其他同志阅处", NOW);
		assertThat(c.state()).isEqualTo(Circulation.State.RETURNED);
		assertThat(c.location()).isEmpty();
		assertThat(c.stops().get(1).state()).isEqualTo(CirculationStop.State.WITHDRAWN);
		assertThat(c.stops().get(1).reason()).contains("应由其他同志阅处");
		assertThatThrownBy(() -> c.read(readers.get(1).accountId(), null, NOW, DUE)).isInstanceOf(DomainException.class);
	}

	/** One step on a running circulation: a reader reads or returns, the office skips (with or without a reason) or adds a reader. */
	record Step(int kind, int who, boolean withReason) {
	}

	@Provide
	Arbitrary<List<Step>> steps() {
		return Arbitraries.integers().between(0, 9).flatMap(kind -> Arbitraries.integers().between(0, 7)
			.flatMap(who -> Arbitraries.of(true, false).map(reason -> new Step(kind, who, reason)))).list().ofMaxSize(30);
	}

	@Property(tries = 300)
	void theLocationIsAlwaysDefined(@ForAll("steps") List<Step> steps, @ForAll boolean parallel, @ForAll("sizes") int size) {
		List<Circulation.Reader> readers = new ArrayList<>(readers(size));
		Circulation c = new Circulation(UUID.randomUUID(), UUID.randomUUID(), parallel ? Circulation.Mode.PARALLEL : Circulation.Mode.ORDERED, readers,
				"clerk", NOW, DUE);
		check(c);
		for (Step s : steps) {
			if (c.state() != Circulation.State.RUNNING) {
				break;
			}
			List<CirculationStop> stops = c.stops();
			CirculationStop target = stops.get(s.who() % stops.size());
			try {
				switch (s.kind()) {
					case 0, 1, 2, 3 -> c.read(target.readerId(), null, NOW, DUE);
					case 4 -> c.returnIt(target.readerId(), "退回", NOW);
					case 5, 6, 7 -> c.skip(target.id(), s.withReason() ? "请假" : "", "clerk", NOW, DUE);
					default -> c.add(new Circulation.Reader(UUID.randomUUID(), "新增"), NOW, DUE);
				}
			}
			catch (DomainException refused) {
				// a refused step changes nothing; the invariant is checked below either way
			}
			check(c);
		}
	}

	@Provide
	Arbitrary<Integer> sizes() {
		return Arbitraries.integers().between(1, 6);
	}

	static void check(Circulation c) {
		long current = c.stops().stream().filter(s -> s.state() == CirculationStop.State.CURRENT).count();
		long pending = c.stops().stream().filter(s -> s.state() == CirculationStop.State.PENDING).count();
		if (c.state() == Circulation.State.RUNNING) {
			if (c.mode() == Circulation.Mode.ORDERED) {
				assertThat(current).as("ordered: exactly one reader has it").isEqualTo(1);
			}
			else {
				assertThat(current).as("parallel: the readers who have not acted").isPositive();
				assertThat(pending).isZero();
			}
		}
		else {
			assertThat(current + pending).as("ended: with nobody").isZero();
		}
		c.stops().stream().filter(s -> s.state() == CirculationStop.State.SKIPPED || s.state() == CirculationStop.State.WITHDRAWN)
			.forEach(s -> assertThat(s.reason()).as("nobody is passed over without a reason").isNotBlank());
	}
}
