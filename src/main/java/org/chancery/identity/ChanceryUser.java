package org.chancery.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the rest of the application sees them. Authorities: {@code SIGNED_IN} once
 * every required factor is done, and {@code ROLE_x} for each role held.
 */
public final class ChanceryUser implements UserDetails, CredentialsContainer {

	public static final String SIGNED_IN = "SIGNED_IN";

	private final UUID accountId;
	private final String username;
	private final String displayName;
	private @Nullable String passwordHash;
	private final @Nullable UUID personId;
	private final boolean enabled;
	private final boolean locked;
	private final Set<RoleGrant> roles;

	ChanceryUser(Account account) {
		this.accountId = account.id();
		this.username = account.username();
		this.displayName = account.displayName();
		this.passwordHash = account.passwordHash();
		this.personId = account.personId();
		this.enabled = account.enabled();
		this.locked = account.locked();
		this.roles = account.roles();
	}

	public UUID accountId() { return accountId; }
	public String displayName() { return displayName; }
	public @Nullable UUID personId() { return personId; }
	public Set<RoleGrant> roles() { return roles; }

	public boolean has(Role role) {
		return roles.stream().anyMatch(g -> g.role() == role);
	}

	/** Holds the role within that unit. */
	public boolean holds(Role role, UUID unitId) {
		return roles.contains(new RoleGrant(role, unitId));
	}

	/** The signed-in person of the current request, if any. */
	public static java.util.Optional<ChanceryUser> current() {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof ChanceryUser user ? java.util.Optional.of(user)
				: java.util.Optional.empty();
	}

	/** Whether the signed-in person holds the role within the unit. */
	public static boolean currentHolds(Role role, UUID unitId) {
		return current().map(u -> u.holds(role, unitId)).orElse(false);
	}

	/** The full set of authorities, given once all factors are done. */
	public List<GrantedAuthority> fullAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
		roles.stream().map(g -> g.role().authority()).distinct().map(SimpleGrantedAuthority::new).forEach(authorities::add);
		return authorities;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return fullAuthorities();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ChanceryUser other && other.accountId.equals(accountId);
	}

	@Override
	public int hashCode() {
		return accountId.hashCode();
	}

	@Override
	public String toString() {
		return "ChanceryUser[" + username + "]";
	}
}
