package org.chancery.secrecy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chancery.kernel.FieldException;
import org.jspecify.annotations.Nullable;

/**
 * The marking of a protected item: level, period, the date the period runs from, and the authority
 * that classified it. Written {@code 密级★期限} (RULES.md §2): {@code 机密★5年}, {@code 秘密★6个月},
 * {@code 秘密★2030年6月30日}, {@code 绝密★解密条件：…}. Parsed and validated once, here; every other part
 * of Chancery takes a {@code Marking} that is known to be valid.
 */
public record Marking(Level level, @Nullable Period period, LocalDate runsFrom, String authority) {

	private static final Pattern YEARS = Pattern.compile("([1-9]\\d?)年");
	private static final Pattern MONTHS = Pattern.compile("([1-9]\\d?)个月");
	private static final Pattern DATE = Pattern.compile("([1-9]\\d{3})年([1-9]\\d?)月([1-9]\\d?)日");
	private static final Pattern CONDITION = Pattern.compile("解密条件：(.+)");

	public Marking {
		Objects.requireNonNull(level);
		Objects.requireNonNull(runsFrom);
		Objects.requireNonNull(authority);
		if (level.isStateSecret() && period == null) {
			throw new FieldException("marking", "marking.periodRequired", level.chinese());
		}
		if (!level.isStateSecret() && period != null) {
			throw new FieldException("marking", "marking.noPeriodBelowConfidential");
		}
		if (period instanceof Period.Until(LocalDate date) && !date.isAfter(runsFrom)) {
			throw new FieldException("marking", "marking.dateNotAfterStart", period.text());
		}
	}

	public static Marking unclassified(LocalDate on, String authority) {
		return new Marking(Level.UNCLASSIFIED, null, on, authority);
	}

	/**
	 * Reads a written marking. A state-secret level written without a period takes the level's maximum,
	 * as the rules prescribe for unmarked periods. A period longer than the maximum is refused unless an
	 * extension was explicitly decided.
	 */
	public static Marking parse(String text, LocalDate runsFrom, String authority, boolean extensionDecided) {
		String t = text.strip();
		if (t.isEmpty()) {
			return unclassified(runsFrom, authority);
		}
		int star = t.indexOf('★');
		String levelText = star < 0 ? t : t.substring(0, star);
		Level level = Level.ofChinese(levelText).orElseThrow(() -> new FieldException("marking", "marking.unknownLevel", levelText));
		if (star < 0) {
			Period period = level.isStateSecret() ? new Period.Years(level.maxYears()) : null;
			return new Marking(level, period, runsFrom, authority);
		}
		if (!level.isStateSecret()) {
			throw new FieldException("marking", "marking.noPeriodBelowConfidential");
		}
		Period period = parsePeriod(t.substring(star + 1));
		Marking marking = new Marking(level, period, runsFrom, authority);
		marking.requireWithinMaximum(extensionDecided);
		return marking;
	}

	private static Period parsePeriod(String text) {
		Matcher m;
		if ((m = YEARS.matcher(text)).matches()) {
			return new Period.Years(Integer.parseInt(m.group(1)));
		}
		if ((m = MONTHS.matcher(text)).matches()) {
			int months = Integer.parseInt(m.group(1));
			if (months > 11) {
				throw new FieldException("marking", "marking.monthsRange");
			}
			return new Period.Months(months);
		}
		if ((m = DATE.matcher(text)).matches()) {
			try {
				return new Period.Until(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
			}
			catch (DateTimeException e) {
				throw new FieldException("marking", "marking.badDate", text);
			}
		}
		if ((m = CONDITION.matcher(text)).matches() && m.group(1).strip().length() <= 100) {
			return new Period.Condition(m.group(1).strip());
		}
		throw new FieldException("marking", "marking.badPeriod", text);
	}

	/** Refuses a period beyond the level's maximum unless an extension was decided. */
	public void requireWithinMaximum(boolean extensionDecided) {
		if (extensionDecided || period == null) {
			return;
		}
		LocalDate limit = runsFrom.plusYears(level.maxYears());
		if (period.endsOn(runsFrom).map(end -> end.isAfter(limit)).orElse(false)) {
			throw new FieldException("marking", "marking.aboveMaximum", level.chinese(), level.maxYears());
		}
	}

	/** The day the period ends and the item is declassified; empty for a condition or no period. */
	public Optional<LocalDate> declassifiesOn() {
		return period == null ? Optional.empty() : period.endsOn(runsFrom);
	}

	/** As written on the document: {@code 机密★5年}; only the level below 秘密; empty when unclassified. */
	public String text() {
		if (level == Level.UNCLASSIFIED) {
			return "";
		}
		return period == null ? level.chinese() : level.chinese() + "★" + period.text();
	}

	/** The Western banner line, the highest classification of the item. */
	public String banner() {
		return level.western();
	}

	/** The Western classification block: Classified By, Reason, Declassify On. */
	public String classificationBlock(String reason) {
		String declassifyOn = declassifiesOn().map(d -> d.format(DateTimeFormatter.BASIC_ISO_DATE))
			.orElse(period instanceof Period.Condition(String c) ? c : "");
		return "Classified By: " + authority + "\nReason: " + reason + "\nDeclassify On: " + declassifyOn;
	}

	@Override
	public String toString() {
		return text().isEmpty() ? "UNCLASSIFIED" : text();
	}
}
