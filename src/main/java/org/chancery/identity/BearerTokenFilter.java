package org.chancery.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer chy_…}. Stateless: nothing is kept
 * in a session. A token that is unknown, expired or revoked is answered with 401 at once.
 */
@Component
class BearerTokenFilter extends OncePerRequestFilter {

	private final AccountAdministration accounts;
	private final ProblemResponses problems;

	BearerTokenFilter(AccountAdministration accounts, ProblemResponses problems) {
		this.accounts = accounts;
		this.problems = problems;
	}

	static boolean hasBearer(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		String secret = request.getHeader("Authorization").substring(7).strip();
		var account = accounts.authenticateToken(secret).filter(a -> a.enabled() && !a.locked());
		if (account.isEmpty()) {
			problems.write(request, response, 401, "Unauthorized", "error.badToken");
			return;
		}
		ChanceryUser user = new ChanceryUser(account.get());
		user.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.fullAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}
}
