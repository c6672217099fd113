package org.chancery.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chancery.kernel.FieldException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The one-time setup page: open only while no account exists. Afterwards it looks like any unknown page. */
@Controller
class SetupPage {

	record SetupForm(@NotBlank @Pattern(regexp = "^[a-z][a-z0-9._-]{2,39}$", message = "{validation.username}") String username,
			@NotBlank @Size(max = 100) String displayName,
			@NotBlank @Size(min = 12, max = 128, message = "{validation.password}") String password) {
	}

	private final FirstAdministrator first;

	SetupPage(FirstAdministrator first) {
		this.first = first;
	}

	@GetMapping("/setup")
	String form(@ModelAttribute("form") SetupForm form) {
		if (!first.open()) {
			throw new org.chancery.kernel.NotFoundException();
		}
		return "identity/setup";
	}

	@PostMapping("/setup")
	String create(@Valid @ModelAttribute("form") SetupForm form, BindingResult errors) {
		if (!first.open()) {
			throw new org.chancery.kernel.NotFoundException();
		}
		if (errors.hasErrors()) {
			return "identity/setup";
		}
		try {
			first.create(form.username(), form.displayName(), form.password());
		}
		catch (FieldException e) {
			errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
			return "identity/setup";
		}
		return "redirect:/login?setup";
	}
}
