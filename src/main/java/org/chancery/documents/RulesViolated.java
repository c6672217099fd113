package org.chancery.documents;

import java.util.List;

import org.chancery.kernel.DomainException;

/** Submission refused: the draft breaks one or more 行文 rules; each finding names its rule. */
public class RulesViolated extends DomainException {

	private final transient List<Finding> findings;

	RulesViolated(List<Finding> findings) {
		super("rule.violated", findings.size());
		this.findings = List.copyOf(findings);
	}

	public List<Finding> findings() {
		return findings;
	}
}
