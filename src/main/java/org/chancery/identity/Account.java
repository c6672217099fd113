package org.chancery.identity;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chancery.kernel.DomainException;
import org.chancery.kernel.FieldException;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in account. Guards its own rules: the separation of security duties, business roles scoped to
 * a unit, lockout after repeated failures, and the second factor.
 */
@Entity
@Table(name = "idn_account")
public class Account {

	@Id
	private UUID id;
	@Column(nullable = false, unique = true, length = 40)
	private String username;
	@Column(name = "display_name", nullable = false, length = 100)
	private String displayName;
	@Column(name = "password_hash", nullable = false)
	private String passwordHash;
	@Column(name = "person_id")
	private @Nullable UUID personId;
	@Column(nullable = false)
	private boolean enabled = true;
	@Column(name = "failed_attempts", nullable = false)
	private int failedAttempts;
	@Column(name = "locked_at")
	private @Nullable Instant lockedAt;
	@Column(name = "totp_secret", length = 200)
	/** Sealed by {@code SecretBox}: never the plain seed. */
	private @Nullable String totpSecret;
	@Column(name = "totp_enabled", nullable = false)
	private boolean totpEnabled;
	@Column(name = "totp_last_step", nullable = false)
	private long totpLastStep;
	@Column(name = "created_at", nullable = false)
	private Instant createdAt;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "idn_account_role", joinColumns = @JoinColumn(name = "account_id"))
	private Set<RoleGrant> roles = new HashSet<>();
	@Version
	private long version;

	protected Account() {
	}

	Account(UUID id, String username, String displayName, String passwordHash, @Nullable UUID personId, Instant createdAt) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.personId = personId;
		this.createdAt = createdAt;
	}

	/** Refuses a grant that would combine two security duties, or a business role without a unit. */
	void grant(RoleGrant grant) {
		checkGrant(grant);
		if (!roles.add(grant)) {
			throw new FieldException("role", "account.roleHeld");
		}
	}

	void checkGrant(RoleGrant grant) {
		Role role = grant.role();
		if (role.isSecurityRole()) {
			if (grant.unitId() != null) {
				throw new FieldException("unitId", "account.securityRoleNoUnit");
			}
			roles.stream().map(RoleGrant::role).filter(r -> r.isSecurityRole() && r != role).findFirst().ifPresent(held -> {
				throw new DomainException("account.separationOfDuties", role, held);
			});
		}
		else if (grant.unitId() == null) {
			throw new FieldException("unitId", "account.businessRoleNeedsUnit");
		}
	}

	void revoke(RoleGrant grant) {
		if (!roles.remove(grant)) {
			throw new DomainException("account.roleNotHeld");
		}
	}

	void describe(String displayName, @Nullable UUID personId) {
		this.displayName = displayName;
		this.personId = personId;
	}

	/** Counts a failed sign-in; returns true when this failure locks the account. */
	boolean failedSignIn(int maxAttempts, Instant at) {
		if (lockedAt != null) {
			return false;
		}
		failedAttempts++;
		if (failedAttempts >= maxAttempts) {
			lockedAt = at;
			return true;
		}
		return false;
	}

	void signedIn() {
		failedAttempts = 0;
	}

	void unlock() {
		if (lockedAt == null) {
			throw new DomainException("account.notLocked");
		}
		lockedAt = null;
		failedAttempts = 0;
	}

	void setEnabled(boolean wanted) {
		if (enabled == wanted) {
			throw new DomainException(wanted ? "account.alreadyEnabled" : "account.alreadyDisabled");
		}
		enabled = wanted;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	void startTotpEnrolment(String secret) {
		this.totpSecret = secret;
		this.totpEnabled = false;
	}

	void confirmTotp(long step) {
		if (totpSecret == null) {
			throw new DomainException("totp.notEnrolling");
		}
		totpEnabled = true;
		totpLastStep = step;
	}

	/** Accepts a time step once: a code cannot be replayed. */
	boolean useTotpStep(long step) {
		if (step <= totpLastStep) {
			return false;
		}
		totpLastStep = step;
		return true;
	}

	void removeTotp() {
		if (requiresSecondFactor()) {
			throw new DomainException("totp.requiredForRole");
		}
		totpSecret = null;
		totpEnabled = false;
	}

	public boolean holdsSecurityRole() {
		return roles.stream().anyMatch(g -> g.role().isSecurityRole());
	}

	/** Security duties require a second factor; others may opt in. */
	public boolean requiresSecondFactor() {
		return holdsSecurityRole();
	}

	public UUID id() { return id; }
	public String username() { return username; }
	public String displayName() { return displayName; }
	String passwordHash() { return passwordHash; }
	public @Nullable UUID personId() { return personId; }
	public boolean enabled() { return enabled; }
	public boolean locked() { return lockedAt != null; }
	public @Nullable Instant lockedAt() { return lockedAt; }
	public int failedAttempts() { return failedAttempts; }
	@Nullable String totpSecret() { return totpSecret; }
	public boolean totpEnabled() { return totpEnabled; }
	public Instant createdAt() { return createdAt; }
	public Set<RoleGrant> roles() { return Set.copyOf(roles); }
	public long version() { return version; }
}
