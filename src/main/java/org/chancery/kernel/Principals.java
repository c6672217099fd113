package org.chancery.kernel;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting in the current request, as services need it for records and role checks. */
public final class Principals {

	private Principals() {
	}

	/** The signed-in user name, or {@code system} when nobody is (scheduled work, start-up). */
	public static String username() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

	/** The signed-in user name, or null when nobody is. */
	public static @Nullable String usernameOrNull() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? null : authentication.getName();
	}

	public static boolean has(String authority) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}
}
