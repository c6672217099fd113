package org.chancery.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chancery.identity.AccountAdministration;
import org.chancery.identity.AccountAdministration.IssuedToken;
import org.chancery.identity.AccountCommands.CodeEntry;
import org.chancery.identity.AccountCommands.PasswordChange;
import org.chancery.identity.AccountCommands.TokenDraft;
import org.chancery.identity.ChanceryUser;
import org.chancery.identity.SecondFactorPages;
import org.chancery.identity.Totp;
import org.chancery.kernel.Forms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own account: password, second factor and personal API tokens. */
@Controller
@RequestMapping("/me")
class MyAccountPages {

	private final AccountAdministration accounts;
	private final Clock clock;

	MyAccountPages(AccountAdministration accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping
	String me(@AuthenticationPrincipal ChanceryUser user, Model model) {
		if (!model.containsAttribute("password")) {
			model.addAttribute("password", new PasswordChange("", ""));
		}
		if (!model.containsAttribute("token")) {
			model.addAttribute("token", new TokenDraft("", LocalDate.now(clock).plusDays(90)));
		}
		model.addAttribute("account", accounts.me(user.accountId()));
		model.addAttribute("tokens", accounts.tokens(user.accountId()));
		model.addAttribute("now", clock.instant());
		return "identity/me";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal ChanceryUser user, @Valid @ModelAttribute("password") PasswordChange form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (Forms.run(errors, () -> accounts.changeOwnPassword(user.accountId(), form.currentPassword(), form.newPassword()))) {
			AccountPages.flash(redirect, "account.passwordChanged", "");
			return "redirect:/me";
		}
		return me(user, model);
	}

	@PostMapping("/tokens")
	String createToken(@AuthenticationPrincipal ChanceryUser user, @Valid @ModelAttribute("token") TokenDraft form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		var issuedResult = Forms.submit(errors, () -> accounts.createToken(user.accountId(), form));
		if (issuedResult.isPresent()) {
			IssuedToken issued = issuedResult.get();
			redirect.addFlashAttribute("newToken", issued.secret());
			return "redirect:/me";
		}
		return me(user, model);
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal ChanceryUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		accounts.revokeToken(user.accountId(), id);
		AccountPages.flash(redirect, "token.revoked", "");
		return "redirect:/me";
	}

	@GetMapping("/totp")
	String totp(@AuthenticationPrincipal ChanceryUser user, @ModelAttribute("form") CodeEntry form, Model model) {
		String secret = accounts.pendingTotpSecret(user.accountId()).orElseGet(() -> accounts.startTotpEnrolment(user.accountId()));
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
		model.addAttribute("qr", SecondFactorPages.qrDataUri(Totp.uri("Chancery", user.getUsername(), secret)));
		model.addAttribute("enrolAction", "/me/totp");
		return "identity/enrol";
	}

	@PostMapping("/totp")
	String confirmTotp(@AuthenticationPrincipal ChanceryUser user, @Valid @ModelAttribute("form") CodeEntry form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (Forms.run(errors, () -> accounts.confirmTotp(user.accountId(), form.code()))) {
			AccountPages.flash(redirect, "totp.enabled", "");
			return "redirect:/me";
		}
		return totp(user, form, model);
	}

	@PostMapping("/totp/remove")
	String removeTotp(@AuthenticationPrincipal ChanceryUser user, RedirectAttributes redirect) {
		accounts.removeTotp(user.accountId());
		AccountPages.flash(redirect, "totp.disabled", "");
		return "redirect:/me";
	}
}
