package org.chancery.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The password step of signing in. Success either completes the sign-in or, when the account has (or
 * must enrol) a second factor, leaves a partial sign-in that opens only the code or enrolment page.
 * Failures are counted towards lockout and audited.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

	private final AccountAdministration accounts;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
	private final SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInHandlers(AccountAdministration accounts) {
		this.accounts = accounts;
		saved.setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		ChanceryUser user = (ChanceryUser) authentication.getPrincipal();
		Account account = accounts.findForSession(user.accountId()).orElseThrow();
		if (account.totpEnabled()) {
			partial(request, response, user, SecurityConfiguration.MFA_PENDING);
			response.sendRedirect(request.getContextPath() + "/login/code");
		}
		else if (account.requiresSecondFactor()) {
			partial(request, response, user, SecurityConfiguration.MFA_ENROL);
			response.sendRedirect(request.getContextPath() + "/login/enrol");
		}
		else {
			accounts.signedIn(user.accountId(), "password");
			saved.onAuthenticationSuccess(request, response, authentication);
		}
	}

	private void partial(HttpServletRequest request, HttpServletResponse response, ChanceryUser user, String authority) {
		var token = UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(new SimpleGrantedAuthority(authority)));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(token);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	/** Completes a sign-in after the second factor: a fresh session id and every authority. */
	void complete(HttpServletRequest request, HttpServletResponse response, ChanceryUser user, String factors) {
		request.changeSessionId();
		Account account = accounts.findForSession(user.accountId()).orElseThrow();
		ChanceryUser fresh = new ChanceryUser(account);
		fresh.eraseCredentials();
		var token = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.fullAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(token);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		accounts.signedIn(user.accountId(), factors);
	}

	/** Ends a partial sign-in after too many wrong codes. */
	void abandon(HttpServletRequest request, HttpServletResponse response) {
		SecurityContextHolder.clearContext();
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		String username = request.getParameter("username");
		String reason = exception instanceof LockedException ? "locked" : exception instanceof DisabledException ? "disabled" : "bad";
		String error = reason;
		if (username != null && !username.isBlank()) {
			accounts.failedSignIn(username, reason);
			if ("bad".equals(reason) && accounts.findByUsername(username).map(Account::locked).orElse(false)) {
				error = "locked";
			}
		}
		response.sendRedirect(request.getContextPath() + "/login?error=" + error);
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
		if (authentication != null) {
			accounts.signedOut(authentication.getName());
		}
	}

	void accessDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getAuthorities().stream()
			.anyMatch(a -> a.getAuthority().equals(SecurityConfiguration.MFA_PENDING))) {
			response.sendRedirect(request.getContextPath() + "/login/code");
		}
		else if (authentication != null && authentication.getAuthorities().stream()
			.anyMatch(a -> a.getAuthority().equals(SecurityConfiguration.MFA_ENROL))) {
			response.sendRedirect(request.getContextPath() + "/login/enrol");
		}
		else {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
	}
}
