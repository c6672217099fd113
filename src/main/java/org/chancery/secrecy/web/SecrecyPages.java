package org.chancery.secrecy.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.chancery.identity.AccountDirectory;
import org.chancery.kernel.Forms;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Organization;
import org.chancery.secrecy.Clearance;
import org.chancery.secrecy.Clearances;
import org.chancery.secrecy.Clearances.AuthorityDraft;
import org.chancery.secrecy.Clearances.ClearanceDraft;
import org.chancery.secrecy.Clearances.OfficerDraft;
import org.chancery.secrecy.Clearances.Revocation;
import org.chancery.secrecy.Level;
import org.chancery.secrecy.SecrecyProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security administrator's pages: clearances and classification officers. */
@Controller
@RequestMapping("/secrecy")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class SecrecyPages {

	private final Clearances clearances;
	private final AccountDirectory directory;
	private final Organization organization;
	private final SecrecyProperties properties;

	SecrecyPages(Clearances clearances, AccountDirectory directory, Organization organization, SecrecyProperties properties) {
		this.clearances = clearances;
		this.directory = directory;
		this.organization = organization;
		this.properties = properties;
	}

	@ModelAttribute("levels")
	List<Level> levels() {
		return Arrays.stream(Level.values()).filter(l -> l != Level.UNCLASSIFIED)
			.filter(l -> l != Level.INTERNAL || properties.internalLevel()).toList();
	}

	@GetMapping({ "", "/clearances" })
	String clearances(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page, Model model) {
		var accounts = directory.search(q, PageRequest.of(Math.max(page, 0), 50, Sort.by("username")));
		Map<UUID, Clearance> held = clearances.all().stream().collect(Collectors.toMap(Clearance::accountId, Function.identity()));
		model.addAttribute("accounts", accounts);
		model.addAttribute("held", held);
		model.addAttribute("q", q);
		return "secrecy/clearances";
	}

	@GetMapping("/clearances/{accountId}")
	String clearance(@PathVariable UUID accountId, Model model) {
		var account = directory.find(accountId).orElseThrow(NotFoundException::new);
		var current = clearances.of(accountId);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ClearanceDraft(current.map(Clearance::level).orElse(Level.CONFIDENTIAL),
					current.map(c -> String.join(", ", new java.util.TreeSet<>(c.compartments()))).orElse(""), ""));
		}
		if (!model.containsAttribute("revocation")) {
			model.addAttribute("revocation", new Revocation(""));
		}
		model.addAttribute("account", account);
		model.addAttribute("current", current.orElse(null));
		model.addAttribute("history", clearances.history(accountId));
		return "secrecy/clearance";
	}

	@PostMapping("/clearances/{accountId}")
	String grant(@PathVariable UUID accountId, @Valid @ModelAttribute("form") ClearanceDraft form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (Forms.submit(errors, () -> clearances.grant(accountId, form)).isPresent()) {
			redirect.addFlashAttribute("flash", "clearance.saved");
			return "redirect:/secrecy/clearances/" + accountId;
		}
		model.addAttribute("revocation", new Revocation(""));
		return clearance(accountId, model);
	}

	@PostMapping("/clearances/{accountId}/revoke")
	String revoke(@PathVariable UUID accountId, @Valid @ModelAttribute("revocation") Revocation form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (Forms.run(errors, () -> clearances.revoke(accountId, form))) {
			redirect.addFlashAttribute("flash", "clearance.revoked");
			return "redirect:/secrecy/clearances/" + accountId;
		}
		return clearance(accountId, model);
	}

	@GetMapping("/officers")
	String officers(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new OfficerDraft(null, null, Level.CONFIDENTIAL));
		}
		var tree = organization.unitTree().stream().filter(n -> n.unit().active()).toList();
		var current = clearances.officers();
		model.addAttribute("tree", tree);
		model.addAttribute("unitOptions", tree);
		model.addAttribute("authority", tree.stream().collect(Collectors.toMap(n -> n.unit().id(), n -> clearances.authorityOf(n.unit().id()))));
		model.addAttribute("officersByUnit", current.stream().collect(Collectors.groupingBy(o -> o.unitId())));
		model.addAttribute("accountOptions", directory.all().stream().filter(AccountDirectory.Entry::enabled).toList());
		model.addAttribute("names", directory.byIds(current.stream().map(o -> o.accountId()).toList()));
		return "secrecy/officers";
	}

	@PostMapping("/officers")
	String appoint(@Valid @ModelAttribute("form") OfficerDraft form, BindingResult errors, Model model, RedirectAttributes redirect) {
		if (Forms.submit(errors, () -> clearances.appoint(form)).isPresent()) {
			redirect.addFlashAttribute("flash", "officer.appointed");
			return "redirect:/secrecy/officers";
		}
		return officers(model);
	}

	@PostMapping("/officers/{id}/end")
	String endOfficer(@PathVariable UUID id, RedirectAttributes redirect) {
		clearances.endOfficer(id);
		redirect.addFlashAttribute("flash", "officer.ended");
		return "redirect:/secrecy/officers";
	}

	@PostMapping("/units/{unitId}/authority")
	String authority(@PathVariable UUID unitId, @RequestParam Level maxLevel, RedirectAttributes redirect) {
		clearances.setAuthority(unitId, new AuthorityDraft(maxLevel));
		redirect.addFlashAttribute("flash", "secrecy.authoritySaved");
		return "redirect:/secrecy/officers";
	}
}
