package org.chancery.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.chancery.audit.AuditLog;
import org.chancery.audit.Outcome;
import org.chancery.identity.AccountCommands.AccountDraft;
import org.chancery.identity.AccountCommands.GrantDraft;
import org.chancery.support.ChanceryTest;
import org.chancery.support.Sessions;
import org.chancery.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signing in: passwords, lockout and unlock, the second factor, session ids and timeouts. */
@ChanceryTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	AuditLog auditLog;

	@Autowired
	TestClock clock;

	@Autowired
	IdentityProperties properties;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	Account newAccount(String prefix, Role role, UUID unit) {
		String username = prefix + UUID.randomUUID().toString().substring(0, 8);
		Account account = asAdmin(() -> accounts.create(new AccountDraft(username, "Test " + prefix, Sessions.PASSWORD, null)));
		if (role != null) {
			asAdmin(() -> accounts.grant(account.id(), new GrantDraft(role, unit)));
		}
		return account;
	}

	private UUID anyUnit() {
		return accounts.findByUsername("drafter").orElseThrow().roles().iterator().next().unitId();
	}

	@Test
	void wrongPasswordIsRefusedAndAudited() throws Exception {
		Account account = newAccount("wrong", Role.DRAFTER, anyUnit());
		mvc.perform(post("/login").param("username", account.username()).param("password", "not-the-password").with(csrf()))
			.andExpect(redirectedUrl("/login?error=bad"));
		var failures = asAuditor(() -> auditLog.entries(new AuditLog.Filter(account.username(), "login.failure", null, Outcome.FAILURE, null, null), 0, 10));
		assertThat(failures.total()).isEqualTo(1);
		MvcResult ok = mvc.perform(post("/login").param("username", account.username()).param("password", Sessions.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/")).andReturn();
		mvc.perform(get("/").session((MockHttpSession) ok.getRequest().getSession())).andExpect(status().isOk());
		assertThat(accounts.findByUsername(account.username()).orElseThrow().failedAttempts()).isZero();
	}

	@Test
	void repeatedFailuresLockTheAccountUntilTheAdministratorUnlocksIt() throws Exception {
		Account account = newAccount("lock", Role.DRAFTER, anyUnit());
		for (int i = 1; i < properties.maxFailedAttempts(); i++) {
			mvc.perform(post("/login").param("username", account.username()).param("password", "wrong-" + i).with(csrf()))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		mvc.perform(post("/login").param("username", account.username()).param("password", "wrong-last").with(csrf()))
			.andExpect(redirectedUrl("/login?error=locked"));
		mvc.perform(post("/login").param("username", account.username()).param("password", Sessions.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error=locked"));
		String page = mvc.perform(get("/login?error=locked").header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("locked after too many failed sign-ins");

		MockHttpSession admin = Sessions.shared(mvc, "admin");
		mvc.perform(post("/accounts/" + account.id() + "/unlock").session(admin).with(csrf())).andExpect(redirectedUrl("/accounts/" + account.id()));
		mvc.perform(post("/login").param("username", account.username()).param("password", Sessions.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"));
		var lock = asAuditor(() -> auditLog.entries(new AuditLog.Filter(null, "account.lock", account.id().toString(), null, null, null), 0, 10));
		var unlock = asAuditor(() -> auditLog.entries(new AuditLog.Filter(null, "account.unlock", account.id().toString(), null, null, null), 0, 10));
		assertThat(lock.total()).isEqualTo(1);
		assertThat(unlock.total()).isEqualTo(1);
	}

	@Test
	void signingInGivesANewSessionId() throws Exception {
		MockHttpSession before = new MockHttpSession();
		String oldId = before.getId();
		MvcResult result = mvc.perform(post("/login").session(before).param("username", "clerk").param("password", Sessions.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/")).andReturn();
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(oldId);
	}

	@Test
	void securityRolesNeedTheSecondFactor() throws Exception {
		MvcResult password = mvc.perform(post("/login").param("username", "secadmin").param("password", Sessions.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login/code")).andReturn();
		MockHttpSession session = (MockHttpSession) password.getRequest().getSession();
		// half signed in: nothing but the code page opens
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login/code"));
		mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isForbidden());
		mvc.perform(post("/login/code").session(session).param("code", "000000").with(csrf())).andExpect(status().isOk());
		String code = Sessions.nextCode(Sessions.SECADMIN_SECRET);
		mvc.perform(post("/login/code").session(session).param("code", code).with(csrf())).andExpect(redirectedUrl("/"));
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		// the same code cannot be used twice
		MvcResult again = mvc.perform(post("/login").param("username", "secadmin").param("password", Sessions.PASSWORD).with(csrf())).andReturn();
		mvc.perform(post("/login/code").session((MockHttpSession) again.getRequest().getSession()).param("code", code).with(csrf()))
			.andExpect(status().isOk());
		accountsUnlock("secadmin");
	}

	@Test
	void aSecurityRoleWithoutASecondFactorMustEnrolOne() throws Exception {
		Account account = newAccount("sec", Role.SECURITY_AUDITOR, null);
		MvcResult password = mvc.perform(post("/login").param("username", account.username()).param("password", Sessions.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login/enrol")).andReturn();
		MockHttpSession session = (MockHttpSession) password.getRequest().getSession();
		mvc.perform(get("/audit").session(session)).andExpect(redirectedUrl("/login/enrol"));
		String page = mvc.perform(get("/login/enrol").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("data:image/svg+xml;base64,");
		String secret = accounts.pendingTotpSecret(account.id()).orElseThrow();
		mvc.perform(post("/login/enrol").session(session).param("code", "12345x").with(csrf())).andExpect(status().isOk());
		mvc.perform(post("/login/enrol").session(session).param("code", Sessions.nextCode(secret)).with(csrf())).andExpect(redirectedUrl("/"));
		mvc.perform(get("/audit").session(session)).andExpect(status().isOk());
	}

	@Test
	void secondFactorSeedsAreStoredEncrypted(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
		String stored = jdbc.queryForObject("select totp_secret from idn_account where username = 'admin'", String.class);
		assertThat(stored).startsWith("v1:").doesNotContain(Sessions.ADMIN_SECRET);
	}

	@Test
	void sessionsEndAfterTheAbsoluteTimeoutHoweverActive() throws Exception {
		MockHttpSession session = Sessions.signIn(mvc, "organizer");
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		clock.advance(properties.absoluteSessionTimeout().plus(Duration.ofMinutes(1)));
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?ended"));
	}

	@Test
	void logoutEndsTheSessionAndIsAudited() throws Exception {
		MockHttpSession session = Sessions.signIn(mvc, "accountant");
		mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		assertThat(session.isInvalid()).isTrue();
		var entries = asAuditor(() -> auditLog.entries(new AuditLog.Filter("accountant", "logout", null, null, null, null), 0, 1));
		assertThat(entries.total()).isPositive();
	}

	private void accountsUnlock(String username) {
		// two wrong codes above count as failed sign-ins; keep the shared demo account usable
		Account account = accounts.findByUsername(username).orElseThrow();
		if (account.locked()) {
			asAdmin(() -> accounts.unlock(account.id()));
		}
	}

	static <T> T asAuditor(java.util.function.Supplier<T> action) {
		return as("ROLE_SECURITY_AUDITOR", action);
	}

	static <T> T asAdmin(java.util.function.Supplier<T> action) {
		return as("ROLE_SYSTEM_ADMIN", action);
	}

	static <T> T as(String role, java.util.function.Supplier<T> action) {
		var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken("test-" + role, null, role));
		var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
		}
	}
}
