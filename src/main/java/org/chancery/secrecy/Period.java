package org.chancery.secrecy;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How long an item stays classified (RULES.md §2): a number of years, a number of months below one
 * year, a declassification date, or a condition.
 */
public sealed interface Period {

	/** The day the item is declassified when the period runs from {@code from}; empty for a condition. */
	Optional<LocalDate> endsOn(LocalDate from);

	/** The period as written after ★. */
	String text();

	record Years(int years) implements Period {
		public Years {
			if (years < 1) {
				throw new IllegalArgumentException("years must be positive");
			}
		}

		@Override
		public Optional<LocalDate> endsOn(LocalDate from) {
			return Optional.of(from.plusYears(years));
		}

		@Override
		public String text() {
			return years + "年";
		}
	}

	record Months(int months) implements Period {
		public Months {
			if (months < 1 || months > 11) {
				throw new IllegalArgumentException("months must be 1 to 11");
			}
		}

		@Override
		public Optional<LocalDate> endsOn(LocalDate from) {
			return Optional.of(from.plusMonths(months));
		}

		@Override
		public String text() {
			return months + "个月";
		}
	}

	record Until(LocalDate date) implements Period {
		@Override
		public Optional<LocalDate> endsOn(LocalDate from) {
			return Optional.of(date);
		}

		@Override
		public String text() {
			return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
		}
	}

	record Condition(String condition) implements Period {
		public Condition {
			if (condition.isBlank() || condition.length() > 100 || condition.contains("★")) {
				throw new IllegalArgumentException("a condition is 1 to 100 characters without ★");
			}
		}

		@Override
		public Optional<LocalDate> endsOn(LocalDate from) {
			return Optional.empty();
		}

		@Override
		public String text() {
			return "解密条件：" + condition;
		}
	}
}
