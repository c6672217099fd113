package org.chancery.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.chancery.identity.AccountAdministration;
import org.chancery.identity.SignInTestsAccess;
import org.chancery.organization.Organization;
import org.chancery.support.Sessions;
import org.chancery.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** An office that configures the Western scheme sees banner, portion mark and declassification date too. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:chancery-western;DB_CLOSE_DELAY=-1", "chancery.secrecy.western-scheme=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class WesternSchemeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProtectedItems items;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Organization organization;

	@Test
	void theRegisterShowsTheWesternMarking() throws Exception {
		UUID dys = organization.unitByCode("DYS").orElseThrow().id();
		UUID item = UUID.randomUUID();
		SignInTestsAccess.asUser(accounts, "drafter", () -> items.propose("test-item", item, new ProtectedItems.Proposal("秘密★2030年6月30日",
				LocalDate.of(2026, 3, 1), "Director, General Office", false, dys, null, Set.of(), Set.of(dys))));
		String page = mvc.perform(get("/secrecy/items/" + item).session(Sessions.signIn(mvc, "secadmin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("CONFIDENTIAL").contains("(C)").contains("Classified By: Director, General Office")
			.contains("Declassify On: 20300630");
	}
}
