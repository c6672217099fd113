package org.chancery.kernel;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;

/**
 * The one way a page submits a validated form: nothing runs while the form has errors, and a
 * {@link FieldException} from the domain becomes an error on its field, so the page shows the form
 * again with the message next to the field.
 */
public final class Forms {

	private Forms() {
	}

	/** Runs the action when the form is valid; its result, or empty when the form must be shown again. */
	public static <T> Optional<T> submit(BindingResult errors, Supplier<T> action) {
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(action.get());
		}
		catch (FieldException e) {
			errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
			return Optional.empty();
		}
	}

	/** As {@link #submit(BindingResult, Supplier)} for an action without a result; true when it ran. */
	public static boolean run(BindingResult errors, Runnable action) {
		return submit(errors, () -> {
			action.run();
			return Boolean.TRUE;
		}).isPresent();
	}
}
