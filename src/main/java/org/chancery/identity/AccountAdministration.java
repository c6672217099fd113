package org.chancery.identity;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;

import org.chancery.kernel.Principals;
import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.identity.AccountCommands.AccountDraft;
import org.chancery.identity.AccountCommands.AccountUpdate;
import org.chancery.identity.AccountCommands.GrantDraft;
import org.chancery.identity.AccountCommands.TokenDraft;
import org.chancery.identity.internal.SecretBox;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.FieldException;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Organization;
import org.chancery.organization.Unit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts and their roles, the system administrator's work; and what every person does with their own
 * account (password, second factor, API tokens). A refused attempt to combine security duties is
 * audited in a transaction of its own, so the refusal is on record although nothing changed.
 */
@Service
public class AccountAdministration {

	static final String ADMIN = "hasRole('SYSTEM_ADMIN')";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final Accounts accounts;
	private final ApiTokens tokens;
	private final Organization organization;
	private final AuditTrail audit;
	private final PasswordEncoder passwords;
	private final IdentityProperties properties;
	private final Clock clock;
	private final TransactionTemplate tx;
	private final SecretBox secrets;

	AccountAdministration(Accounts accounts, ApiTokens tokens, Organization organization, AuditTrail audit,
			PasswordEncoder passwords, IdentityProperties properties, Clock clock, PlatformTransactionManager transactions,
			SecretBox secrets) {
		this.secrets = secrets;
		this.accounts = accounts;
		this.tokens = tokens;
		this.organization = organization;
		this.audit = audit;
		this.passwords = passwords;
		this.properties = properties;
		this.clock = clock;
		this.tx = new TransactionTemplate(transactions);
	}

	private <T> T inTransaction(Supplier<T> work) {
		return tx.execute(status -> work.get());
	}

	private TransactionTemplate readOnly() {
		TransactionTemplate ro = new TransactionTemplate(tx.getTransactionManager());
		ro.setReadOnly(true);
		return ro;
	}

	// ------------------------------------------------------------ administration

	/** Accounts whose user name or display name contains the query, a page at a time. */
	@PreAuthorize(ADMIN)
	public Page<Account> accounts(@Nullable String query, Pageable pageable) {
		String q = query == null ? "" : query.strip();
		return readOnly().execute(s -> accounts.findByUsernameContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(q, q, pageable));
	}

	@PreAuthorize(ADMIN)
	public Account account(UUID id) {
		return readOnly().execute(s -> accounts.findById(id).orElseThrow(NotFoundException::new));
	}

	@PreAuthorize(ADMIN)
	public Account create(AccountDraft d) {
		return inTransaction(() -> {
			Account account = createUnchecked(d.username(), d.displayName(), d.password(), d.personId());
			audit.record(AuditRecord.success("account.create", "account", account.id(), "username=" + account.username()
					+ " person=" + d.personId()));
			return account;
		});
	}

	/** Creates an account without a permission check: for the bootstrap administrator and demo data. */
	Account createUnchecked(String username, String displayName, String password, @Nullable UUID personId) {
		String name = username.strip().toLowerCase();
		if (accounts.findByUsername(name).isPresent()) {
			throw new FieldException("username", "account.usernameTaken", name);
		}
		if (personId != null && !organization.person(personId).active()) {
			throw new FieldException("personId", "person.unknown");
		}
		return accounts.save(new Account(UUID.randomUUID(), name, displayName.strip(), passwords.encode(password), personId,
				clock.instant()));
	}

	@PreAuthorize(ADMIN)
	public Account update(UUID id, AccountUpdate d) {
		return inTransaction(() -> {
			Account account = accounts.findById(id).orElseThrow(NotFoundException::new);
			if (d.personId() != null) {
				try {
					organization.person(d.personId());
				}
				catch (NotFoundException e) {
					throw new FieldException("personId", "person.unknown");
				}
			}
			account.describe(d.displayName().strip(), d.personId());
			audit.record(AuditRecord.success("account.update", "account", id, "displayName=" + account.displayName() + " person="
					+ d.personId()));
			return account;
		});
	}

	@PreAuthorize(ADMIN)
	public Account grant(UUID id, GrantDraft grant) {
		RoleGrant roleGrant = new RoleGrant(grant.role(), grant.unitId());
		try {
			return inTransaction(() -> {
				Account account = accounts.findById(id).orElseThrow(NotFoundException::new);
				if (grant.role().isSecurityRole() && account.username().equals(Principals.usernameOrNull())) {
					throw new DomainException("account.selfGrant");
				}
				if (grant.unitId() != null) {
					Unit unit = organization.unitsById(List.of(grant.unitId())).get(grant.unitId());
					if (unit == null || !unit.active()) {
						throw new FieldException("unitId", "person.unitUnknown");
					}
				}
				account.grant(roleGrant);
				audit.record(AuditRecord.success("account.role.grant", "account", id, "username=" + account.username() + " role="
						+ grant.role() + " unit=" + grant.unitId()));
				return account;
			});
		}
		catch (DomainException refused) {
			if ("account.separationOfDuties".equals(refused.messageKey()) || "account.selfGrant".equals(refused.messageKey())) {
				inTransaction(() -> audit.record(AuditRecord.denied("account.role.grant", "account", id, "role=" + grant.role()
						+ " refused: " + refused.messageKey())));
			}
			throw refused;
		}
	}

	@PreAuthorize(ADMIN)
	public Account revoke(UUID id, GrantDraft grant) {
		return inTransaction(() -> {
			Account account = accounts.findById(id).orElseThrow(NotFoundException::new);
			account.revoke(new RoleGrant(grant.role(), grant.unitId()));
			audit.record(AuditRecord.success("account.role.revoke", "account", id, "username=" + account.username() + " role="
					+ grant.role() + " unit=" + grant.unitId()));
			return account;
		});
	}

	@PreAuthorize(ADMIN)
	public Account unlock(UUID id) {
		return inTransaction(() -> {
			Account account = accounts.findById(id).orElseThrow(NotFoundException::new);
			account.unlock();
			audit.record(AuditRecord.success("account.unlock", "account", id, "username=" + account.username()));
			return account;
		});
	}

	@PreAuthorize(ADMIN)
	public Account setEnabled(UUID id, boolean enabled) {
		return inTransaction(() -> {
			Account account = accounts.findById(id).orElseThrow(NotFoundException::new);
			if (!enabled && account.username().equals(Principals.usernameOrNull())) {
				throw new DomainException("account.selfDisable");
			}
			account.setEnabled(enabled);
			audit.record(AuditRecord.success(enabled ? "account.enable" : "account.disable", "account", id, "username=" + account.username()));
			return account;
		});
	}

	@PreAuthorize(ADMIN)
	public Account resetPassword(UUID id, String password) {
		return inTransaction(() -> {
			Account account = accounts.findById(id).orElseThrow(NotFoundException::new);
			account.changePassword(passwords.encode(password));
			audit.record(AuditRecord.success("account.password.reset", "account", id, "username=" + account.username()));
			return account;
		});
	}

	// ------------------------------------------------------------ sign-in bookkeeping

	/** Counts a failed sign-in; locks the account at the configured limit. Unknown names are only audited. */
	void failedSignIn(String username, String reason) {
		inTransaction(() -> {
			Optional<Account> found = accounts.findByUsername(username.strip().toLowerCase());
			audit.record(new AuditRecord("login.failure", "account", found.map(a -> a.id().toString()).orElse("-"),
					org.chancery.audit.Outcome.FAILURE, "reason=" + reason, username));
			found.ifPresent(account -> {
				if (account.failedSignIn(properties.maxFailedAttempts(), clock.instant())) {
					audit.record(new AuditRecord("account.lock", "account", account.id().toString(), org.chancery.audit.Outcome.SUCCESS,
							"after " + account.failedAttempts() + " failed attempts", username));
				}
			});
			return null;
		});
	}

	void signedIn(UUID accountId, String factor) {
		inTransaction(() -> {
			Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
			account.signedIn();
			audit.record(new AuditRecord("login.success", "account", accountId.toString(), org.chancery.audit.Outcome.SUCCESS,
					"factors=" + factor, account.username()));
			return null;
		});
	}

	void signedOut(String username) {
		inTransaction(() -> audit.record(new AuditRecord("logout", "account", username, org.chancery.audit.Outcome.SUCCESS, "", username)));
	}

	Optional<Account> findForSession(UUID accountId) {
		return readOnly().execute(s -> accounts.findById(accountId));
	}

	Optional<Account> findByUsername(String username) {
		return readOnly().execute(s -> accounts.findByUsername(username.strip().toLowerCase()));
	}

	// ------------------------------------------------------------ one's own account

	public Account me(UUID accountId) {
		return readOnly().execute(s -> accounts.findById(accountId).orElseThrow(NotFoundException::new));
	}

	public void changeOwnPassword(UUID accountId, String current, String next) {
		inTransaction(() -> {
			Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
			if (!passwords.matches(current, account.passwordHash())) {
				throw new FieldException("currentPassword", "account.wrongPassword");
			}
			account.changePassword(passwords.encode(next));
			audit.record(AuditRecord.success("account.password.change", "account", accountId, ""));
			return null;
		});
	}

	/** Starts (or restarts) enrolment of a second factor; returns the new secret. */
	public String startTotpEnrolment(UUID accountId) {
		return inTransaction(() -> {
			Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
			if (account.totpEnabled()) {
				throw new DomainException("totp.alreadyEnabled");
			}
			String secret = Totp.newSecret();
			account.startTotpEnrolment(secrets.seal(secret));
			audit.record(AuditRecord.success("account.totp.enrol.start", "account", accountId, ""));
			return secret;
		});
	}

	public Optional<String> pendingTotpSecret(UUID accountId) {
		return readOnly().execute(s -> accounts.findById(accountId).filter(a -> !a.totpEnabled()).map(Account::totpSecret)
			.map(secrets::open));
	}

	/** Confirms enrolment with a first code. */
	public void confirmTotp(UUID accountId, String code) {
		boolean ok = Boolean.TRUE.equals(inTransaction(() -> {
			Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
			String sealed = account.totpSecret();
			if (sealed == null || account.totpEnabled()) {
				throw new DomainException("totp.notEnrolling");
			}
			OptionalLong step = Totp.matchingStep(secrets.open(sealed), code, clock.instant());
			if (step.isEmpty()) {
				return false;
			}
			account.confirmTotp(step.getAsLong());
			audit.record(AuditRecord.success("account.totp.enrol", "account", accountId, ""));
			return true;
		}));
		if (!ok) {
			throw new FieldException("code", "totp.wrongCode");
		}
	}

	/** Checks a code at sign-in; a wrong code counts as a failed sign-in. */
	boolean verifySecondFactor(UUID accountId, String code) {
		Boolean ok = inTransaction(() -> {
			Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
			String sealed = account.totpSecret();
			if (sealed == null || !account.totpEnabled() || account.locked() || !account.enabled()) {
				return false;
			}
			OptionalLong step = Totp.matchingStep(secrets.open(sealed), code, clock.instant());
			return step.isPresent() && account.useTotpStep(step.getAsLong());
		});
		return Boolean.TRUE.equals(ok);
	}

	public void removeTotp(UUID accountId) {
		inTransaction(() -> {
			Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
			account.removeTotp();
			audit.record(AuditRecord.success("account.totp.remove", "account", accountId, ""));
			return null;
		});
	}

	// ------------------------------------------------------------ API tokens

	/** A new token and the only copy of its secret. */
	public record IssuedToken(ApiToken token, String secret) {
	}

	public IssuedToken createToken(UUID accountId, TokenDraft d) {
		Instant expires = d.expiresOn().atStartOfDay().toInstant(ZoneOffset.UTC);
		if (expires.isAfter(clock.instant().plus(properties.tokenMaxLifetime()))) {
			throw new FieldException("expiresOn", "token.tooLong", properties.tokenMaxLifetime().toDays());
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = "chy_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		return inTransaction(() -> {
			ApiToken token = tokens.save(new ApiToken(UUID.randomUUID(), accountId, d.name().strip(), hash(secret), secret.substring(0, 10),
					clock.instant(), expires));
			audit.record(AuditRecord.success("token.create", "api-token", token.id(), "name=" + token.name() + " expires=" + expires));
			return new IssuedToken(token, secret);
		});
	}

	public List<ApiToken> tokens(UUID accountId) {
		return readOnly().execute(s -> tokens.findByAccountIdOrderByCreatedAtDesc(accountId));
	}

	public void revokeToken(UUID accountId, UUID tokenId) {
		inTransaction(() -> {
			ApiToken token = tokens.findById(tokenId).filter(t -> t.accountId().equals(accountId)).orElseThrow(NotFoundException::new);
			token.revoke(clock.instant());
			audit.record(AuditRecord.success("token.revoke", "api-token", tokenId, "name=" + token.name()));
			return null;
		});
	}

	/** The account a presented token belongs to, if the token is known, unexpired and not revoked. */
	Optional<Account> authenticateToken(String secret) {
		return Optional.ofNullable(inTransaction(() -> tokens.findByTokenHash(hash(secret))
			.filter(t -> t.usableAt(clock.instant()))
			.flatMap(t -> {
				t.used(clock.instant());
				return accounts.findById(t.accountId());
			})
			.orElse(null)));
	}

	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	long accountsCount() {
		return accounts.count();
	}

	boolean hasAnyAccount() {
		return accounts.count() > 0;
	}

	/** Grants without a permission check: for the bootstrap administrator and demo data. */
	void grantUnchecked(Account account, Role role, @Nullable UUID unitId) {
		account.grant(new RoleGrant(role, unitId));
	}

	/** Enrols a known second-factor secret: demo accounts only. */
	void enrolUnchecked(Account account, String secret) {
		account.startTotpEnrolment(secrets.seal(secret));
		account.confirmTotp(0);
	}

	Accounts repository() {
		return accounts;
	}
}
