package org.chancery.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chancery.organization.Organization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The production profile starts empty: no demo organization, no demo accounts, and a one-time setup
 * page that creates the first system administrator, who must then enrol a second factor.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:chancery-empty;DB_CLOSE_DELAY=-1", "chancery.demo.enabled=false", "server.servlet.session.cookie.secure=false" })
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "prod" })
class FirstAdministratorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	AccountAdministration accounts;

	@Test
	void startsEmptyAndTheSetupPageCreatesTheFirstAdministratorOnce() throws Exception {
		assertThat(organization.units()).isEmpty();
		assertThat(accounts.hasAnyAccount()).isFalse();
		mvc.perform(get("/setup")).andExpect(status().isOk());
		String invalid = mvc.perform(post("/setup").with(csrf()).param("username", "Root!").param("displayName", "")
				.param("password", "short").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(invalid).contains("is-invalid");
		assertThat(accounts.hasAnyAccount()).isFalse();
		mvc.perform(post("/setup").with(csrf()).param("username", "root").param("displayName", "Root")
				.param("password", "a-long-enough-password")).andExpect(redirectedUrl("/login?setup"));
		mvc.perform(get("/setup")).andExpect(status().isNotFound());
		Account root = accounts.findByUsername("root").orElseThrow();
		assertThat(root.roles()).extracting(RoleGrant::role).containsExactly(Role.SYSTEM_ADMIN);
		mvc.perform(post("/login").with(csrf()).param("username", "root").param("password", "a-long-enough-password"))
			.andExpect(redirectedUrl("/login/enrol"));
		assertThat(accounts.findByUsername("drafter")).isEmpty();
	}
}
