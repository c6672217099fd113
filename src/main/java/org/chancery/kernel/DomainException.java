package org.chancery.kernel;

import java.util.Arrays;

/**
 * A business rule refused an action. Carries a message key (resolved in the reader's language at the
 * edge) and its arguments, so the same refusal reads well in Chinese and English.
 */
public class DomainException extends RuntimeException {

	private final String messageKey;
	private final Object[] arguments;

	public DomainException(String messageKey, Object... arguments) {
		super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
