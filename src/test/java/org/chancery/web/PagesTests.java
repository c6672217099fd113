package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.chancery.organization.Organization;
import org.chancery.support.ChanceryTest;
import org.chancery.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Every page renders for the people who use it, in both languages, and shows what it should. */
@ChanceryTest
class PagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Test
	void homeShowsTheEmptyInboxUnitAndRoles() throws Exception {
		MockHttpSession drafter = Sessions.shared(mvc, "drafter");
		String html = mvc.perform(get("/").session(drafter).header("Accept-Language", "en")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Research Department").contains("Drafter / secretary").contains("Secret (机密)");
		String zh = mvc.perform(get("/?lang=zh-CN").session(drafter)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(zh).contains("调研室").contains("拟稿人/秘书").contains("待办事项");
	}

	@Test
	void aNewAccountSeesTheEmptyInbox() throws Exception {
		MockHttpSession admin = Sessions.shared(mvc, "admin");
		String username = "fresh" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/accounts").session(admin)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.contentType("application/json").content("{\"username\":\"" + username + "\",\"displayName\":\"New\",\"password\":\""
					+ Sessions.PASSWORD + "\"}")).andExpect(status().isCreated());
		MockHttpSession fresh = Sessions.signIn(mvc, username);
		String html = mvc.perform(get("/").session(fresh).header("Accept-Language", "en").param("lang", "en")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Nothing is waiting for you.").contains("Not linked to a person in the organization");
		String zh = mvc.perform(get("/").session(fresh).param("lang", "zh-CN")).andReturn().getResponse().getContentAsString();
		assertThat(zh).contains("暂无待办事项");
	}

	@Test
	void administratorPagesRender() throws Exception {
		MockHttpSession admin = Sessions.shared(mvc, "admin");
		UUID unit = organization.unitByCode("MSJ").orElseThrow().id();
		UUID person = organization.personByStaffNumber("D0001").orElseThrow().id();
		UUID body = organization.bodies().getFirst().id();
		UUID organ = organization.externalOrgans().getFirst().id();
		for (String page : new String[] { "/", "/organization", "/organization/units", "/organization/units/new", "/organization/units/" + unit,
				"/organization/people", "/organization/people?q=王&sort=nameZh&dir=desc", "/organization/people/new",
				"/organization/people/" + person, "/organization/bodies", "/organization/bodies/" + body, "/organization/organs",
				"/organization/organs/" + organ, "/accounts", "/accounts/new", "/me" }) {
			for (String lang : new String[] { "en", "zh-CN" }) {
				mvc.perform(get(page).param("lang", lang).session(admin)).andExpect(status().isOk());
			}
		}
		String accounts = mvc.perform(get("/accounts").session(admin)).andReturn().getResponse().getContentAsString();
		assertThat(accounts).contains("auditor").contains("personnel");
	}

	@Test
	void auditorPageRenders() throws Exception {
		MockHttpSession auditor = Sessions.shared(mvc, "auditor");
		mvc.perform(get("/audit").session(auditor).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Verify the whole log")));
		mvc.perform(get("/audit").session(auditor).param("actor", "admin").param("outcome", "SUCCESS").param("from", "2020-01-01"))
			.andExpect(status().isOk());
	}

	@Test
	void unknownItemsAndMalformedIdsGiveTheNotFoundPage() throws Exception {
		MockHttpSession admin = Sessions.shared(mvc, "admin");
		mvc.perform(get("/organization/units/" + UUID.randomUUID()).session(admin)).andExpect(status().isNotFound());
		mvc.perform(get("/organization/units/not-a-uuid").session(admin)).andExpect(status().isNotFound());
		mvc.perform(get("/no/such/page").session(admin)).andExpect(status().isNotFound());
	}

	@Test
	void peopleListPaginates() throws Exception {
		MockHttpSession admin = Sessions.shared(mvc, "admin");
		long total = organization.people(null, null, false, PageRequest.of(0, 1)).getTotalElements();
		String html = mvc.perform(get("/organization/people").param("lang", "en").session(admin)).andReturn().getResponse().getContentAsString();
		assertThat(total).isGreaterThanOrEqualTo(12);
		assertThat(html).contains("D0001");
	}

	@Test
	void businessRolesDoNotSeeAdministrationPages() throws Exception {
		MockHttpSession drafter = Sessions.shared(mvc, "drafter");
		mvc.perform(get("/accounts").session(drafter)).andExpect(status().isForbidden());
		mvc.perform(get("/audit").session(drafter)).andExpect(status().isForbidden());
		mvc.perform(get("/swagger-ui.html").session(drafter)).andExpect(status().isForbidden());
	}
}
