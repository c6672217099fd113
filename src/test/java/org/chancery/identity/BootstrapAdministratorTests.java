package org.chancery.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** In production the first system administrator can come from configuration; setup is then closed. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:chancery-bootstrap;DB_CLOSE_DELAY=-1", "chancery.demo.enabled=false",
		"chancery.identity.bootstrap-admin-username=chief", "chancery.identity.bootstrap-admin-password=configured-password-1" })
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "prod" })
class BootstrapAdministratorTests {

	@Autowired
	AccountAdministration accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void createsTheConfiguredAdministratorOnAnEmptyDatabase() throws Exception {
		Account chief = accounts.findByUsername("chief").orElseThrow();
		assertThat(chief.roles()).extracting(RoleGrant::role).containsExactly(Role.SYSTEM_ADMIN);
		assertThat(chief.requiresSecondFactor()).isTrue();
		assertThat(accounts.accountsCount()).isEqualTo(1);
		mvc.perform(get("/setup")).andExpect(status().isNotFound());
	}
}
