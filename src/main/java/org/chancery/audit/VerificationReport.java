package org.chancery.audit;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What a verification of the whole log found. When the log is not intact, {@code firstBadEntry} names
 * the first entry that cannot be trusted and {@code problem} says why (a message key; its arguments
 * follow).
 */
public record VerificationReport(boolean intact, long entriesChecked, int checkpointsChecked,
		@Nullable Long firstBadEntry, @Nullable String problem, Object[] problemArguments, Duration elapsed) {

	static VerificationReport ok(long entries, int checkpoints, Duration elapsed) {
		return new VerificationReport(true, entries, checkpoints, null, null, new Object[0], elapsed);
	}

	static VerificationReport broken(long entries, int checkpoints, @Nullable Long firstBad, String problem,
			Duration elapsed, Object... arguments) {
		return new VerificationReport(false, entries, checkpoints, firstBad, problem, arguments, elapsed);
	}

	public double entriesPerSecond() {
		double seconds = elapsed.toNanos() / 1e9;
		return seconds == 0 ? 0 : entriesChecked / seconds;
	}
}
