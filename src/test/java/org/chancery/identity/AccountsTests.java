package org.chancery.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.chancery.audit.AuditLog;
import org.chancery.audit.Outcome;
import org.chancery.support.ChanceryTest;
import org.chancery.support.Sessions;
import org.chancery.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** Accounts through the API and pages: separation of duties, role changes, tokens, validation. */
@ChanceryTest
class AccountsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	AuditLog auditLog;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private String createAccount(MockHttpSession admin, String username) throws Exception {
		String body = mvc.perform(post("/api/v1/accounts").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"displayName\":\"Someone\",\"password\":\"" + Sessions.PASSWORD + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void noAccountHoldsTwoSecurityDutiesAndTheAttemptIsAudited() throws Exception {
		MockHttpSession admin = Sessions.shared(mvc, "admin");
		String id = createAccount(admin, unique("sod"));
		mvc.perform(post("/api/v1/accounts/" + id + "/roles").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\":\"SECURITY_ADMIN\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/accounts/" + id + "/roles").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en").content("{\"role\":\"SECURITY_AUDITOR\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("account.separationOfDuties"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Separation of duties")));
		Account account = accounts.findByUsername(accounts.findForSession(UUID.fromString(id)).orElseThrow().username()).orElseThrow();
		assertThat(account.roles()).extracting(RoleGrant::role).containsExactly(Role.SECURITY_ADMIN);
		var denied = SignInTests.asAuditor(() -> auditLog.entries(new AuditLog.Filter(null, "account.role.grant", id, Outcome.DENIED, null, null), 0, 5));
		assertThat(denied.total()).isEqualTo(1);
	}

	@Test
	void theSeparationAlsoHoldsOnThePage() throws Exception {
		MockHttpSession admin = Sessions.shared(mvc, "admin");
		String id = createAccount(admin, unique("sodpage"));
		mvc.perform(post("/accounts/" + id + "/roles").session(admin).with(csrf()).param("role", "SYSTEM_ADMIN").param("unitId", ""));
		String html = mvc.perform(post("/accounts/" + id + "/roles").session(admin).with(csrf()).param("role", "SECURITY_AUDITOR")
				.param("unitId", "").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Separation of duties").contains("System administrator");
	}

	@Test
	void businessRolesNeedAUnitAndSecurityRolesTakeNone() throws Exception {
		MockHttpSession admin = Sessions.shared(mvc, "admin");
		String id = createAccount(admin, unique("unit"));
		mvc.perform(post("/api/v1/accounts/" + id + "/roles").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\":\"DRAFTER\"}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitId"));
		mvc.perform(post("/api/v1/accounts/" + id + "/roles").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\":\"NO_SUCH_ROLE\"}")).andExpect(status().isBadRequest());
		assertThat(accounts.findForSession(UUID.fromString(id)).orElseThrow().roles()).isEmpty();
	}

	@Test
	void badAccountInputIsRejectedFieldByFieldAndNothingIsSaved() throws Exception {
		MockHttpSession admin = Sessions.shared(mvc, "admin");
		long before = accounts.accountsCount();
		mvc.perform(post("/api/v1/accounts").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
				.content("{\"username\":\"X\",\"displayName\":\"\",\"password\":\"short\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("username", "displayName", "password")))
			.andExpect(jsonPath("$.errors[?(@.field=='password')].message").value(org.hamcrest.Matchers.hasItem("The password must have 12 to 128 characters.")));
		mvc.perform(post("/api/v1/accounts").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.status").value(400));
		String html = mvc.perform(post("/accounts").session(admin).with(csrf()).param("username", "X").param("displayName", "")
				.param("password", "short").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("is-invalid").contains("The password must have 12 to 128 characters.");
		mvc.perform(post("/api/v1/accounts").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"admin\",\"displayName\":\"Dup\",\"password\":\"" + Sessions.PASSWORD + "\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("username"));
		assertThat(accounts.accountsCount()).isEqualTo(before);
	}

	@Test
	void aRevokedRoleTakesEffectOnTheNextRequestOfAnOpenSession() throws Exception {
		MockHttpSession admin = Sessions.shared(mvc, "admin");
		String username = unique("rev");
		String id = createAccount(admin, username);
		String unit = JsonPath.read(mvc.perform(get("/api/v1/units").session(admin)).andReturn().getResponse().getContentAsString(), "$[0].id");
		mvc.perform(post("/api/v1/accounts/" + id + "/roles").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\":\"PERSONNEL_OFFICER\",\"unitId\":\"" + unit + "\"}")).andExpect(status().isOk());
		MockHttpSession session = Sessions.signIn(mvc, username);
		mvc.perform(get("/organization/people/new").session(session)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/accounts/" + id + "/roles/revoke").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\":\"PERSONNEL_OFFICER\",\"unitId\":\"" + unit + "\"}")).andExpect(status().isOk());
		mvc.perform(post("/organization/people").session(session).with(csrf()).param("staffNumber", "X1").param("nameZh", "某")
				.param("unitId", unit).param("position", "p").param("startedOn", "2026-01-01")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/accounts/" + id + "/disable").session(admin).with(csrf())).andExpect(status().isOk());
		mvc.perform(get("/").session(session)).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login?ended"));
	}

	@Test
	void personalApiTokensWorkUntilRevokedOrExpired() throws Exception {
		MockHttpSession clerk = Sessions.signIn(mvc, "clerk");
		String body = mvc.perform(post("/api/v1/me/tokens").session(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"script\",\"expiresOn\":\"" + LocalDate.now().plusDays(30) + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String secret = JsonPath.read(body, "$.secret");
		String tokenId = JsonPath.read(body, "$.token.id");
		assertThat(secret).startsWith("chy_");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("clerk"));
		// the secret is never shown again
		String list = mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + secret)).andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain(secret).contains(secret.substring(0, 10));
		// a token cannot do more than its owner
		mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + secret)).andExpect(status().isForbidden());
		// expiry
		clock.advance(Duration.ofDays(31));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
		clock.reset();
		mvc.perform(delete("/api/v1/me/tokens/" + tokenId).header("Authorization", "Bearer " + secret)).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer chy_made-up")).andExpect(status().isUnauthorized());
	}

	@Test
	void tokensLongerThanTheLimitAreRefused() throws Exception {
		MockHttpSession clerk = Sessions.signIn(mvc, "clerk");
		mvc.perform(post("/api/v1/me/tokens").session(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"forever\",\"expiresOn\":\"" + LocalDate.now().plusYears(5) + "\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
		mvc.perform(post("/api/v1/me/tokens").session(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"past\",\"expiresOn\":\"2000-01-01\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
	}

	@Test
	void accountsAreSearchedAndPaginated() throws Exception {
		MockHttpSession admin = Sessions.shared(mvc, "admin");
		mvc.perform(get("/api/v1/accounts").param("q", "AUDIT").session(admin)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].username").value(org.hamcrest.Matchers.hasItem("auditor")))
			.andExpect(jsonPath("$.items[*].username").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("clerk"))));
		mvc.perform(get("/api/v1/accounts").param("size", "2").param("page", "1").session(admin)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2)).andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.totalItems").value(org.hamcrest.Matchers.greaterThanOrEqualTo(13)));
		String page = mvc.perform(get("/accounts").param("q", "personnel").session(admin)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains(">personnel<").doesNotContain(">clerk<");
	}

	@Test
	void apiFollowsAcceptLanguage() throws Exception {
		String en = mvc.perform(get("/api/v1/me").header("Accept-Language", "en")).andExpect(status().isUnauthorized())
			.andReturn().getResponse().getContentAsString();
		String zh = mvc.perform(get("/api/v1/me").header("Accept-Language", "zh-CN")).andExpect(status().isUnauthorized())
			.andReturn().getResponse().getContentAsString();
		assertThat(en).contains("Sign in, or send a valid API token.");
		assertThat(zh).contains("请登录");
	}
}
