package org.chancery.documents;

/** Urgency of an ordinary document (RULES.md §1.2); the old term 急件 is not accepted. */
public enum Urgency {
	NORMAL(""), URGENT("加急"), EXTRA_URGENT("特急");

	private final String chinese;

	Urgency(String chinese) {
		this.chinese = chinese;
	}

	/** The mark printed on the document; empty for an ordinary one. */
	public String chinese() {
		return chinese;
	}
}
