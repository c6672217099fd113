package org.chancery.secrecy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's (account's) clearance: the highest level they may see, and the compartments they hold. */
@Entity
@Table(name = "sec_clearance")
public class Clearance {

	@Id
	@Column(name = "account_id")
	private UUID accountId;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Level level;
	/** Sorted, comma-separated compartment codes. */
	@Column(nullable = false, length = 500)
	private String compartments;
	@Column(nullable = false, length = 500)
	private String reason;
	@Column(name = "granted_by", nullable = false, length = 40)
	private String grantedBy;
	@Column(name = "granted_at", nullable = false)
	private Instant grantedAt;
	@Version
	private long version;

	protected Clearance() {
	}

	Clearance(UUID accountId, Level level, Set<String> compartments, String reason, String grantedBy, Instant grantedAt) {
		this.accountId = accountId;
		change(level, compartments, reason, grantedBy, grantedAt);
	}

	void change(Level level, Set<String> compartments, String reason, String by, Instant at) {
		this.level = level;
		this.compartments = String.join(",", new TreeSet<>(compartments));
		this.reason = reason;
		this.grantedBy = by;
		this.grantedAt = at;
	}

	public UUID accountId() { return accountId; }
	public Level level() { return level; }
	public Set<String> compartments() {
		return compartments.isEmpty() ? Set.of() : Arrays.stream(compartments.split(",")).collect(Collectors.toUnmodifiableSet());
	}
	public String reason() { return reason; }
	public String grantedBy() { return grantedBy; }
	public Instant grantedAt() { return grantedAt; }
}
