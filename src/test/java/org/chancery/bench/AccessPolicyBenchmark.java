package org.chancery.bench;

import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.chancery.secrecy.AccessPolicy;
import org.chancery.secrecy.AccessPolicy.Protection;
import org.chancery.secrecy.AccessPolicy.Subject;
import org.chancery.secrecy.Level;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The cost of one access-policy decision over items with mixed markings, compartments and scopes.
 * Run by hand (README, "Speed"); never part of the tests. Target: under 5 µs per item.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AccessPolicyBenchmark {

	Subject subject;
	Protection[] items;
	int next;

	@Setup
	public void items() {
		Random random = new Random(42);
		UUID me = UUID.randomUUID();
		UUID myUnit = UUID.randomUUID();
		subject = new Subject(UUID.randomUUID(), me, myUnit, Level.SECRET, Set.of("CRYPTO"));
		items = new Protection[1024];
		Level[] levels = Level.values();
		for (int i = 0; i < items.length; i++) {
			Level level = levels[random.nextInt(levels.length)];
			Set<String> compartments = random.nextInt(5) == 0 ? Set.of("CRYPTO") : random.nextInt(7) == 0 ? Set.of("NUC") : Set.of();
			Set<UUID> persons = random.nextBoolean() ? Set.of(me, UUID.randomUUID(), UUID.randomUUID()) : Set.of(UUID.randomUUID());
			Set<UUID> units = random.nextBoolean() ? Set.of(myUnit) : Set.of(UUID.randomUUID(), UUID.randomUUID());
			items[i] = new Protection(level, compartments, persons, units);
		}
	}

	@Benchmark
	public boolean decide() {
		return AccessPolicy.mayRead(subject, items[next++ & 1023]);
	}

	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(AccessPolicyBenchmark.class.getSimpleName()).build()).run();
	}
}
