package org.chancery.documents;

/**
 * The outcome of one 行文 rule (RULES.md §1.3) on a draft: the rule's key names it in the message; a
 * blocking finding stops submission, a warning goes to the reviewer, who may override it with a reason.
 */
public record Finding(String rule, boolean blocking, String argument) {

	static Finding block(String rule, String argument) {
		return new Finding(rule, true, argument);
	}

	static Finding warn(String rule, String argument) {
		return new Finding(rule, false, argument);
	}

	/** The message key of the rule, in messages*.properties. */
	public String messageKey() {
		return "rule." + rule;
	}
}
