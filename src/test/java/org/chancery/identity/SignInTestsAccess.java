package org.chancery.identity;

/** Runs test set-up code with a role, for tests in other packages. */
public final class SignInTestsAccess {

	private SignInTestsAccess() {
	}

	public static <T> T asAuditor(java.util.function.Supplier<T> action) {
		return SignInTests.asAuditor(action);
	}

	/** Runs the action as the named account, signed in with all its roles, as a request would. */
	public static <T> T asUser(AccountAdministration accounts, String username, java.util.function.Supplier<T> action) {
		ChanceryUser user = new ChanceryUser(accounts.findByUsername(username).orElseThrow());
		user.eraseCredentials();
		var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.fullAuthorities()));
		var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
		}
	}

	/** The security context of a signed-in account, to run many actions as it (as the requests of one session do). */
	public static org.springframework.security.core.context.SecurityContext signedIn(AccountAdministration accounts, String username) {
		ChanceryUser user = new ChanceryUser(accounts.findByUsername(username).orElseThrow());
		user.eraseCredentials();
		var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.fullAuthorities()));
		return context;
	}

	public static <T> T in(org.springframework.security.core.context.SecurityContext context, java.util.function.Supplier<T> action) {
		var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
		}
	}

	public static <T> T asAdmin(java.util.function.Supplier<T> action) {
		return SignInTests.asAdmin(action);
	}

	public static <T> T asSecurityAdmin(java.util.function.Supplier<T> action) {
		return SignInTests.as("ROLE_SECURITY_ADMIN", action);
	}

	public static Account account(AccountAdministration accounts, String username) {
		return accounts.findByUsername(username).orElseThrow();
	}
}
