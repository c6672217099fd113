package org.chancery.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chancery.identity.Account;
import org.chancery.identity.AccountAdministration;
import org.chancery.identity.AccountAdministration.IssuedToken;
import org.chancery.identity.AccountCommands.AccountDraft;
import org.chancery.identity.AccountCommands.AccountUpdate;
import org.chancery.identity.AccountCommands.GrantDraft;
import org.chancery.identity.AccountCommands.PasswordChange;
import org.chancery.identity.AccountCommands.PasswordReset;
import org.chancery.identity.AccountCommands.TokenDraft;
import org.chancery.identity.ApiToken;
import org.chancery.identity.ChanceryUser;
import org.chancery.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** REST API for accounts (system administrator) and for one's own account and tokens. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "Accounts, roles, separation of duties, personal API tokens")
class AccountApi {

	private final AccountAdministration accounts;

	AccountApi(AccountAdministration accounts) {
		this.accounts = accounts;
	}

	record GrantView(Role role, @Nullable UUID unitId) {
	}

	record AccountView(UUID id, String username, String displayName, @Nullable UUID personId, boolean enabled, boolean locked,
			boolean secondFactor, List<GrantView> roles, Instant createdAt) {
		static AccountView of(Account a) {
			return new AccountView(a.id(), a.username(), a.displayName(), a.personId(), a.enabled(), a.locked(), a.totpEnabled(),
					a.roles().stream().map(g -> new GrantView(g.role(), g.unitId()))
						.sorted(Comparator.comparing((GrantView g) -> g.role().ordinal())).toList(), a.createdAt());
		}
	}

	record TokenView(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt,
			@Nullable Instant lastUsedAt) {
		static TokenView of(ApiToken t) {
			return new TokenView(t.id(), t.name(), t.prefix(), t.createdAt(), t.expiresAt(), t.revokedAt(), t.lastUsedAt());
		}
	}

	record NewToken(TokenView token, String secret) {
	}

	record AccountPage(List<AccountView> items, int page, int size, long totalItems, int totalPages) {
	}

	@GetMapping("/accounts")
	@Operation(summary = "Accounts whose user name or display name contains q, sorted by user name, paginated")
	AccountPage accounts(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		var found = accounts.accounts(q, PageRequest.of(page, size, Sort.by("username")));
		return new AccountPage(found.map(AccountView::of).getContent(), found.getNumber(), found.getSize(), found.getTotalElements(),
				found.getTotalPages());
	}

	@GetMapping("/accounts/{id}")
	AccountView account(@PathVariable UUID id) {
		return AccountView.of(accounts.account(id));
	}

	@PostMapping("/accounts")
	ResponseEntity<AccountView> create(@Valid @RequestBody AccountDraft draft) {
		Account account = accounts.create(draft);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.id())).body(AccountView.of(account));
	}

	@PutMapping("/accounts/{id}")
	AccountView update(@PathVariable UUID id, @Valid @RequestBody AccountUpdate update) {
		return AccountView.of(accounts.update(id, update));
	}

	@PostMapping("/accounts/{id}/roles")
	@Operation(summary = "Grant a role; refused (409) when it would combine two security duties")
	AccountView grant(@PathVariable UUID id, @Valid @RequestBody GrantDraft grant) {
		return AccountView.of(accounts.grant(id, grant));
	}

	@PostMapping("/accounts/{id}/roles/revoke")
	AccountView revoke(@PathVariable UUID id, @Valid @RequestBody GrantDraft grant) {
		return AccountView.of(accounts.revoke(id, grant));
	}

	@PostMapping("/accounts/{id}/unlock")
	AccountView unlock(@PathVariable UUID id) {
		return AccountView.of(accounts.unlock(id));
	}

	@PostMapping("/accounts/{id}/enable")
	AccountView enable(@PathVariable UUID id) {
		return AccountView.of(accounts.setEnabled(id, true));
	}

	@PostMapping("/accounts/{id}/disable")
	AccountView disable(@PathVariable UUID id) {
		return AccountView.of(accounts.setEnabled(id, false));
	}

	@PostMapping("/accounts/{id}/password")
	ResponseEntity<Void> resetPassword(@PathVariable UUID id, @Valid @RequestBody PasswordReset reset) {
		accounts.resetPassword(id, reset.password());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/me")
	AccountView me(@AuthenticationPrincipal ChanceryUser user) {
		return AccountView.of(accounts.me(user.accountId()));
	}

	@PostMapping("/me/password")
	ResponseEntity<Void> changePassword(@AuthenticationPrincipal ChanceryUser user, @Valid @RequestBody PasswordChange change) {
		accounts.changeOwnPassword(user.accountId(), change.currentPassword(), change.newPassword());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/me/tokens")
	List<TokenView> tokens(@AuthenticationPrincipal ChanceryUser user) {
		return accounts.tokens(user.accountId()).stream().map(TokenView::of).toList();
	}

	@PostMapping("/me/tokens")
	@Operation(summary = "Create a personal API token; its secret is in this response only")
	ResponseEntity<NewToken> createToken(@AuthenticationPrincipal ChanceryUser user, @Valid @RequestBody TokenDraft draft) {
		IssuedToken issued = accounts.createToken(user.accountId(), draft);
		return ResponseEntity.status(201).body(new NewToken(TokenView.of(issued.token()), issued.secret()));
	}

	@DeleteMapping("/me/tokens/{id}")
	ResponseEntity<Void> revokeToken(@AuthenticationPrincipal ChanceryUser user, @PathVariable UUID id) {
		accounts.revokeToken(user.accountId(), id);
		return ResponseEntity.noContent().build();
	}
}
