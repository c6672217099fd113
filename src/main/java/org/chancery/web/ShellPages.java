package org.chancery.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.chancery.identity.ChanceryUser;
import org.chancery.identity.RoleGrant;
import org.chancery.organization.Organization;
import org.chancery.secrecy.AccessPolicy;
import org.chancery.workflow.Inbox;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the home page: one's to-do list, unit and roles. */
@Controller
class ShellPages {

	private final Inbox inbox;
	private final Organization organization;
	private final AccessPolicy policy;

	ShellPages(Inbox inbox, Organization organization, AccessPolicy policy) {
		this.inbox = inbox;
		this.organization = organization;
		this.policy = policy;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal ChanceryUser user, Model model, Locale locale) {
		model.addAttribute("todo", inbox.itemsFor(user.getUsername()));
		if (user.personId() != null) {
			var person = organization.person(user.personId());
			model.addAttribute("person", person);
			model.addAttribute("unitName", organization.unit(person.unitId()).name(locale));
		}
		var unitIds = user.roles().stream().map(RoleGrant::unitId).filter(java.util.Objects::nonNull).toList();
		model.addAttribute("units", organization.unitsById(unitIds));
		model.addAttribute("roles", user.roles());
		model.addAttribute("clearance", policy.currentSubject());
		return "home";
	}

}
