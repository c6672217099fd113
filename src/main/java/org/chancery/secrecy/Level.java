package org.chancery.secrecy;

import java.util.Arrays;
import java.util.Optional;

/**
 * Classification levels in ascending order (RULES.md §2). {@code INTERNAL} is the optional office level
 * below 秘密 (work secret); an office turns it on in configuration. Unclassified items carry no mark.
 */
public enum Level {

	UNCLASSIFIED("", "UNCLASSIFIED", "U", 0),
	INTERNAL("内部", "INTERNAL", "I", 0),
	CONFIDENTIAL("秘密", "CONFIDENTIAL", "C", 10),
	SECRET("机密", "SECRET", "S", 20),
	TOP_SECRET("绝密", "TOP SECRET", "TS", 30);

	private final String chinese;
	private final String western;
	private final String portion;
	private final int maxYears;

	Level(String chinese, String western, String portion, int maxYears) {
		this.chinese = chinese;
		this.western = western;
		this.portion = portion;
		this.maxYears = maxYears;
	}

	/** The mark as printed: 秘密, 机密, 绝密 (empty for unclassified). */
	public String chinese() {
		return chinese;
	}

	/** The Western banner word, for offices that configure that scheme. */
	public String western() {
		return western;
	}

	/** The Western portion mark, e.g. (S). */
	public String portionMark() {
		return "(" + portion + ")";
	}

	/** The longest period unless otherwise decided: 绝密 30 years, 机密 20, 秘密 10; 0 where none applies. */
	public int maxYears() {
		return maxYears;
	}

	/** Levels from 秘密 up are state secrets: they carry a period, copy numbers and a need-to-know scope. */
	public boolean isStateSecret() {
		return compareTo(CONFIDENTIAL) >= 0;
	}

	/** 机密 and 绝密 need a named need-to-know scope and a record of everyone who comes to know them. */
	public boolean needsNamedScope() {
		return compareTo(SECRET) >= 0;
	}

	public boolean dominates(Level other) {
		return compareTo(other) >= 0;
	}

	public static Optional<Level> ofChinese(String text) {
		return Arrays.stream(values()).filter(l -> !l.chinese.isEmpty() && l.chinese.equals(text)).findFirst();
	}
}
