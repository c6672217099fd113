package org.chancery.identity.web;

import java.util.Arrays;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chancery.identity.Account;
import org.chancery.identity.AccountAdministration;
import org.chancery.identity.AccountCommands.AccountDraft;
import org.chancery.identity.AccountCommands.AccountUpdate;
import org.chancery.identity.AccountCommands.GrantDraft;
import org.chancery.identity.AccountCommands.PasswordReset;
import org.chancery.identity.Role;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.FieldException;
import org.chancery.kernel.Forms;
import org.chancery.organization.Organization;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's account pages. Every method of the service checks the role again. */
@Controller
@RequestMapping("/accounts")
class AccountPages {

	private final AccountAdministration accounts;
	private final Organization organization;

	AccountPages(AccountAdministration accounts, Organization organization) {
		this.accounts = accounts;
		this.organization = organization;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("allRoles", Role.values());
	}

	private void choices(Model model) {
		model.addAttribute("unitOptions", organization.unitTree().stream().filter(n -> n.unit().active()).toList());
		model.addAttribute("personOptions", organization.people(null, null, false, PageRequest.of(0, 1000, Sort.by("staffNumber"))).toList());
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page, Model model) {
		var found = accounts.accounts(q, PageRequest.of(Math.max(page, 0), 50, Sort.by("username")));
		model.addAttribute("accounts", found);
		model.addAttribute("q", q);
		model.addAttribute("units", organization.unitsById(found.stream().flatMap(a -> a.roles().stream())
			.map(g -> g.unitId()).filter(java.util.Objects::nonNull).toList()));
		return "identity/accounts";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("form", new AccountDraft("", "", "", null));
		choices(model);
		return "identity/account-new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountDraft form, BindingResult errors, Model model, RedirectAttributes redirect) {
		var accountResult = Forms.submit(errors, () -> accounts.create(form));
		if (accountResult.isPresent()) {
			Account account = accountResult.get();
			flash(redirect, "account.created", account.username());
			return "redirect:/accounts/" + account.id();
		}
		choices(model);
		return "identity/account-new";
	}

	@GetMapping("/{id}")
	String account(@PathVariable UUID id, Model model) {
		Account account = accounts.account(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AccountUpdate(account.displayName(), account.personId()));
		}
		if (!model.containsAttribute("grant")) {
			model.addAttribute("grant", new GrantDraft(Role.DRAFTER, null));
		}
		if (!model.containsAttribute("reset")) {
			model.addAttribute("reset", new PasswordReset(""));
		}
		accountModel(account, model);
		return "identity/account";
	}

	private void accountModel(Account account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("units", organization.unitsById(account.roles().stream().map(g -> g.unitId())
			.filter(java.util.Objects::nonNull).toList()));
		choices(model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") AccountUpdate form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var accountResult = Forms.submit(errors, () -> accounts.update(id, form));
		if (accountResult.isPresent()) {
			Account account = accountResult.get();
			flash(redirect, "account.saved", account.username());
			return "redirect:/accounts/" + id;
		}
		model.addAttribute("grant", new GrantDraft(Role.DRAFTER, null));
		model.addAttribute("reset", new PasswordReset(""));
		accountModel(accounts.account(id), model);
		return "identity/account";
	}

	@PostMapping("/{id}/roles")
	String grant(@PathVariable UUID id, @Valid @ModelAttribute("grant") GrantDraft form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				accounts.grant(id, form);
				flash(redirect, "account.roleGranted", "");
				return "redirect:/accounts/" + id;
			}
			catch (FieldException e) {
				errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
			}
			catch (DomainException e) {
				errors.reject(e.messageKey(), localizedArgs(e), e.messageKey());
			}
		}
		Account account = accounts.account(id);
		model.addAttribute("form", new AccountUpdate(account.displayName(), account.personId()));
		model.addAttribute("reset", new PasswordReset(""));
		accountModel(account, model);
		return "identity/account";
	}

	/** Role names in a refusal are shown by their message keys, resolved in the reader's language. */
	private static Object[] localizedArgs(DomainException e) {
		return Arrays.stream(e.arguments())
			.map(a -> a instanceof Role r ? new org.springframework.context.support.DefaultMessageSourceResolvable("role." + r.name()) : a)
			.toArray();
	}

	@PostMapping("/{id}/roles/revoke")
	String revoke(@PathVariable UUID id, @ModelAttribute("grant") GrantDraft form, RedirectAttributes redirect) {
		accounts.revoke(id, form);
		flash(redirect, "account.roleRevoked", "");
		return "redirect:/accounts/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		Account account = accounts.unlock(id);
		flash(redirect, "account.unlocked", account.username());
		return "redirect:/accounts/" + id;
	}

	@PostMapping("/{id}/{state:enable|disable}")
	String state(@PathVariable UUID id, @PathVariable String state, RedirectAttributes redirect) {
		Account account = accounts.setEnabled(id, "enable".equals(state));
		flash(redirect, "account.saved", account.username());
		return "redirect:/accounts/" + id;
	}

	@PostMapping("/{id}/password")
	String reset(@PathVariable UUID id, @Valid @ModelAttribute("reset") PasswordReset form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			accounts.resetPassword(id, form.password());
			flash(redirect, "account.passwordReset", "");
			return "redirect:/accounts/" + id;
		}
		Account account = accounts.account(id);
		model.addAttribute("form", new AccountUpdate(account.displayName(), account.personId()));
		model.addAttribute("grant", new GrantDraft(Role.DRAFTER, null));
		accountModel(account, model);
		return "identity/account";
	}

	static void flash(RedirectAttributes redirect, String key, Object arg) {
		redirect.addFlashAttribute("flash", key);
		redirect.addFlashAttribute("flashArg", arg);
	}

}
