package org.chancery.documents;

import java.util.EnumSet;
import java.util.Set;

/** The fifteen types of official documents, with the directions each may travel (RULES.md §1.1). */
public enum DocumentType {

	RESOLUTION("决议", Layout.STANDARD, Direction.DOWN),
	DECISION("决定", Layout.STANDARD, Direction.DOWN),
	ORDER("命令", Layout.ORDER, Direction.DOWN),
	COMMUNIQUE("公报", Layout.STANDARD, Direction.DOWN),
	ANNOUNCEMENT("公告", Layout.STANDARD, Direction.DOWN),
	PUBLIC_NOTICE("通告", Layout.STANDARD, Direction.DOWN),
	OPINION("意见", Layout.STANDARD, Direction.UP, Direction.LEVEL, Direction.DOWN),
	NOTICE("通知", Layout.STANDARD, Direction.DOWN, Direction.LEVEL),
	CIRCULAR("通报", Layout.STANDARD, Direction.DOWN),
	REPORT("报告", Layout.STANDARD, Direction.UP),
	REQUEST("请示", Layout.STANDARD, Direction.UP),
	REPLY("批复", Layout.STANDARD, Direction.DOWN),
	MOTION("议案", Layout.STANDARD, Direction.UP),
	LETTER("函", Layout.LETTER, Direction.LEVEL),
	MINUTES("纪要", Layout.MINUTES, Direction.DOWN, Direction.LEVEL);

	/** The page formats of GB/T 9704: the ordinary document, the letter, the order and the minutes. */
	public enum Layout {
		STANDARD, LETTER, ORDER, MINUTES
	}

	private final String chinese;
	private final Layout layout;
	private final Set<Direction> directions;

	DocumentType(String chinese, Layout layout, Direction first, Direction... more) {
		this.chinese = chinese;
		this.layout = layout;
		this.directions = EnumSet.of(first, more);
	}

	public String chinese() {
		return chinese;
	}

	public Layout layout() {
		return layout;
	}

	public Set<Direction> directions() {
		return directions;
	}

	/** The direction a document of this type takes when the drafter does not choose. */
	public Direction usualDirection() {
		return directions.contains(Direction.DOWN) ? Direction.DOWN : directions.iterator().next();
	}

	/** Orders are numbered continuously across years; every other type restarts each year. */
	public boolean continuousNumbering() {
		return this == ORDER;
	}
}
