package org.chancery.documents;

/** Which way a document travels along the reporting lines (RULES.md §1.1). */
public enum Direction {
	/** To a superior. */
	UP,
	/** To subordinates. */
	DOWN,
	/** To organs with no reporting line. */
	LEVEL
}
