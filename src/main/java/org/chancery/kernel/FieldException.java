package org.chancery.kernel;

/**
 * A rule about one input field was broken (a duplicate code, a parent that would make a cycle). The
 * edge shows it next to the field on pages and as a field error in problem details.
 */
public class FieldException extends DomainException {

	private final String field;

	public FieldException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
