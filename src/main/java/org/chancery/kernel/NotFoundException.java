package org.chancery.kernel;

/**
 * The item does not exist, or the reader may not see it: both give the same answer.
 */
public class NotFoundException extends DomainException {

	public NotFoundException() {
		super("error.notFound");
	}
}
