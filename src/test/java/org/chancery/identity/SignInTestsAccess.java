package org.chancery.identity;

/** Runs test set-up code with a role, for tests in other packages. */
public final class SignInTestsAccess {

	private SignInTestsAccess() {
	}

	public static <T> T asAuditor(java.util.function.Supplier<T> action) {
		return SignInTests.asAuditor(action);
	}

	public static <T> T asSecurityAdmin(java.util.function.Supplier<T> action) {
		return SignInTests.as("ROLE_SECURITY_ADMIN", action);
	}
}
