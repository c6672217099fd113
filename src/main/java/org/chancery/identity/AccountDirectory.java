package org.chancery.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has an account, for the security administrator's work (clearances, classification officers):
 * names and links to people only, never credentials or roles to change.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

	/** An account as another module needs to show it. */
	public record Entry(UUID accountId, String username, String displayName, @Nullable UUID personId, boolean enabled) {
		static Entry of(Account a) {
			return new Entry(a.id(), a.username(), a.displayName(), a.personId(), a.enabled());
		}
	}

	private final Accounts accounts;

	AccountDirectory(Accounts accounts) {
		this.accounts = accounts;
	}

	@PreAuthorize("hasAnyRole('SECURITY_ADMIN','SYSTEM_ADMIN')")
	public Page<Entry> search(@Nullable String query, Pageable pageable) {
		String q = query == null ? "" : query.strip();
		return accounts.findByUsernameContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(q, q, pageable).map(Entry::of);
	}

	@PreAuthorize("hasAnyRole('SECURITY_ADMIN','SYSTEM_ADMIN')")
	public Optional<Entry> find(UUID accountId) {
		return accounts.findById(accountId).map(Entry::of);
	}

	/** For labels in lists: the accounts among the ids, by id. */
	@PreAuthorize("isAuthenticated()")
	public Map<UUID, Entry> byIds(Collection<UUID> ids) {
		return accounts.findAllById(ids).stream().map(Entry::of).collect(Collectors.toMap(Entry::accountId, Function.identity()));
	}

	/** The enabled accounts of the given people, for notices addressed to people. */
	public List<Entry> ofPeople(Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return accounts.findByPersonIdInAndEnabledTrue(personIds).stream().map(Entry::of).toList();
	}

	/** Every account, for choosers (officers, couriers, recipients). */
	@PreAuthorize("hasAnyRole('SECURITY_ADMIN','SYSTEM_ADMIN','CONFIDENTIAL_CLERK')")
	public List<Entry> all() {
		return accounts.findAllByOrderByUsernameAsc().stream().map(Entry::of).toList();
	}

	/** Who an account is and what it holds, for routing work to it (by username, as the inbox asks). */
	public record Holder(UUID accountId, String displayName, @Nullable UUID personId, java.util.Set<RoleGrant> roles) {

		public boolean holds(Role role) {
			return roles.stream().anyMatch(g -> g.role() == role);
		}
	}

	public Optional<Holder> holder(String username) {
		return accounts.findByUsername(username).filter(Account::enabled)
			.map(a -> new Holder(a.id(), a.displayName(), a.personId(), java.util.Set.copyOf(a.roles())));
	}

	/** The enabled accounts of the given people with their grants, for rules about who may sign. */
	public List<Holder> holdersOf(Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return accounts.findByPersonIdInAndEnabledTrue(personIds).stream()
			.map(a -> new Holder(a.id(), a.displayName(), a.personId(), java.util.Set.copyOf(a.roles())))
			.toList();
	}

	/** The enabled accounts holding any role for the unit, for choosing who receives on its behalf. */
	public List<Holder> holdersIn(UUID unitId) {
		return accounts.findAllByOrderByUsernameAsc().stream().filter(Account::enabled)
			.filter(a -> a.roles().stream().anyMatch(g -> unitId.equals(g.unitId())))
			.map(a -> new Holder(a.id(), a.displayName(), a.personId(), java.util.Set.copyOf(a.roles())))
			.toList();
	}

	/** The enabled accounts holding a role (in any unit), by username; e.g. the leaders, for a default reading list. */
	public List<Holder> holdersOf(Role role) {
		return accounts.findAllByOrderByUsernameAsc().stream().filter(Account::enabled)
			.filter(a -> a.roles().stream().anyMatch(g -> g.role() == role))
			.map(a -> new Holder(a.id(), a.displayName(), a.personId(), java.util.Set.copyOf(a.roles())))
			.toList();
	}
}
