package org.chancery.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;

import org.chancery.identity.Totp;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs in through the real form (and second factor), as a person would, and returns the session. */
public final class Sessions {

	public static final String PASSWORD = "Chancery-Demo-2026";
	public static final String ADMIN_SECRET = "CHANCERYDEMOADMINSECRETKEYAAAAAA";
	public static final String SECADMIN_SECRET = "CHANCERYDEMOSECADMINSECRETKEYBBB";
	public static final String AUDITOR_SECRET = "CHANCERYDEMOAUDITORSECRETKEYCCCC";

	private static final java.util.Map<String, Long> lastStep = new java.util.HashMap<>();
	private static final java.util.Map<String, MockHttpSession> cache = new java.util.HashMap<>();

	private Sessions() {
	}

	public static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
		return signIn(mvc, username, PASSWORD);
	}

	/**
	 * A signed-in session of a demo account, reused between tests (second-factor codes are single-use,
	 * so signing the security roles in again and again would wait for new codes). Tests that end or
	 * change their session must use {@link #signIn} instead.
	 */
	public static synchronized MockHttpSession shared(MockMvc mvc, String username) throws Exception {
		MockHttpSession session = cache.get(username);
		if (session == null || session.isInvalid()) {
			session = signIn(mvc, username);
			cache.put(username, session);
		}
		return session;
	}

	public static MockHttpSession signIn(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())).andReturn();
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		String secret = switch (username) {
			case "admin" -> ADMIN_SECRET;
			case "secadmin" -> SECADMIN_SECRET;
			case "auditor" -> AUDITOR_SECRET;
			default -> null;
		};
		if (secret != null) {
			mvc.perform(post("/login/code").session(session).param("code", nextCode(secret)).with(csrf()));
		}
		return session;
	}

	/**
	 * A code for a time step not used before in this run: each code is accepted once, and the server
	 * accepts one step of drift, so tests that sign in often step forward within that window. Never the
	 * step before now: if the next step begins before the server checks it, it would be out of the window.
	 */
	public static synchronized String nextCode(String secret) {
		long now = Totp.step(Instant.now());
		long step = Math.max(now, lastStep.getOrDefault(secret, Long.MIN_VALUE + 1) + 1);
		if (step > now + 1) {
			try {
				Thread.sleep((step - now - 1) * Totp.STEP_SECONDS * 1000L + 100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		lastStep.put(secret, step);
		return Totp.code(secret, step);
	}
}
