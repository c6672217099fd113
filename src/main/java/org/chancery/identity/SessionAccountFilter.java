package org.chancery.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the signed-in account on every request, so a disabled or locked account, or a role taken
 * away, takes effect on the next request of a session already open; and ends sessions older than the
 * absolute timeout however active they were.
 */
@Component
class SessionAccountFilter extends OncePerRequestFilter {

	private final AccountAdministration accounts;
	private final IdentityProperties properties;
	private final Clock clock;

	SessionAccountFilter(AccountAdministration accounts, IdentityProperties properties, Clock clock) {
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ChanceryUser user) {
			HttpSession session = request.getSession(false);
			boolean expired = session != null && Instant.ofEpochMilli(session.getCreationTime())
				.plus(properties.absoluteSessionTimeout()).isBefore(clock.instant());
			Optional<Account> account = accounts.findForSession(user.accountId());
			if (expired || account.isEmpty() || !account.get().enabled() || account.get().locked()) {
				SecurityContextHolder.clearContext();
				if (session != null) {
					session.invalidate();
				}
				if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
					chain.doFilter(request, response);
				}
				else {
					response.sendRedirect(request.getContextPath() + "/login?ended");
				}
				return;
			}
			if (authentication.getAuthorities().stream().anyMatch(a -> ChanceryUser.SIGNED_IN.equals(a.getAuthority()))) {
				ChanceryUser fresh = new ChanceryUser(account.get());
				fresh.eraseCredentials();
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.fullAuthorities()));
				SecurityContextHolder.setContext(context);
			}
		}
		chain.doFilter(request, response);
	}
}
