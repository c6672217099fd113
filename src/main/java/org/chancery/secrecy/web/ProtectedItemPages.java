package org.chancery.secrecy.web;

import java.util.UUID;
import java.util.stream.Collectors;

import org.chancery.identity.AccountDirectory;
import org.chancery.organization.Organization;
import org.chancery.secrecy.ProtectedItem;
import org.chancery.secrecy.ProtectedItems;
import org.chancery.secrecy.SecrecyProperties;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security administrator's register of protected items: markings, scopes, who came to know what. */
@Controller
@RequestMapping("/secrecy/items")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class ProtectedItemPages {

	private final ProtectedItems items;
	private final Organization organization;
	private final AccountDirectory directory;

	private final SecrecyProperties properties;

	/** Offices that configure the Western scheme see banner, portion mark and declassification date too. */
	@ModelAttribute("western")
	boolean western() {
		return properties.westernScheme();
	}

	ProtectedItemPages(ProtectedItems items, Organization organization, AccountDirectory directory, SecrecyProperties properties) {
		this.properties = properties;
		this.items = items;
		this.organization = organization;
		this.directory = directory;
	}

	@GetMapping
	String register(@RequestParam(defaultValue = "0") int page, Model model) {
		var found = items.register(PageRequest.of(Math.max(page, 0), 50));
		model.addAttribute("items", found);
		model.addAttribute("units", organization.unitsById(found.map(ProtectedItem::unitId).toSet()));
		return "secrecy/items";
	}

	@GetMapping("/{id}")
	String item(@PathVariable UUID id, Model model) {
		ProtectedItem item = items.registered(id);
		var scope = items.scope(id);
		var disclosures = items.disclosures(id);
		model.addAttribute("item", item);
		model.addAttribute("unit", organization.unit(item.unitId()));
		model.addAttribute("history", items.history(id));
		model.addAttribute("scope", scope);
		model.addAttribute("disclosures", disclosures);
		model.addAttribute("persons", organization.peopleById(scope.stream().map(s -> s.personId()).filter(java.util.Objects::nonNull).toList()));
		model.addAttribute("scopeUnits", organization.unitsById(scope.stream().map(s -> s.unitId()).filter(java.util.Objects::nonNull).toList()));
		model.addAttribute("accounts", directory.byIds(java.util.stream.Stream.concat(disclosures.stream().map(d -> d.accountId()),
				scope.stream().map(s -> s.approvedBy()).filter(java.util.Objects::nonNull)).collect(Collectors.toSet())));
		return "secrecy/item";
	}

	@PostMapping("/declassify-due")
	String declassifyDue(RedirectAttributes redirect) {
		int count = items.declassifyDue();
		redirect.addFlashAttribute("flash", "item.declassifiedCount");
		redirect.addFlashAttribute("flashArg", count);
		return "redirect:/secrecy/items";
	}
}
