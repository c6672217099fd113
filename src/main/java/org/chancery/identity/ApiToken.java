package org.chancery.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.chancery.kernel.DomainException;
import org.jspecify.annotations.Nullable;

/** A personal API token. Only its SHA-256 hash is kept; the token itself is shown once. */
@Entity
@Table(name = "idn_api_token")
public class ApiToken {

	@Id
	private UUID id;
	@Column(name = "account_id", nullable = false)
	private UUID accountId;
	@Column(nullable = false, length = 100)
	private String name;
	@Column(name = "token_hash", nullable = false, unique = true, length = 64)
	private String tokenHash;
	@Column(nullable = false, length = 12)
	private String prefix;
	@Column(name = "created_at", nullable = false)
	private Instant createdAt;
	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;
	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;
	@Column(name = "last_used_at")
	private @Nullable Instant lastUsedAt;

	protected ApiToken() {
	}

	ApiToken(UUID id, UUID accountId, String name, String tokenHash, String prefix, Instant createdAt, Instant expiresAt) {
		this.id = id;
		this.accountId = accountId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	void revoke(Instant at) {
		if (revokedAt != null) {
			throw new DomainException("token.alreadyRevoked");
		}
		revokedAt = at;
	}

	void used(Instant at) {
		lastUsedAt = at;
	}

	public boolean usableAt(Instant at) {
		return revokedAt == null && at.isBefore(expiresAt);
	}

	public UUID id() { return id; }
	public UUID accountId() { return accountId; }
	public String name() { return name; }
	public String prefix() { return prefix; }
	public Instant createdAt() { return createdAt; }
	public Instant expiresAt() { return expiresAt; }
	public @Nullable Instant revokedAt() { return revokedAt; }
	public @Nullable Instant lastUsedAt() { return lastUsedAt; }
}
