package org.chancery.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.chancery.audit.AuditLog;
import org.chancery.identity.AccountDirectory;
import org.chancery.organization.Organization;
import org.chancery.support.ChanceryTest;
import org.chancery.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The security administrator grants, changes and revokes clearances and names classification officers. */
@ChanceryTest
class ClearancesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDirectory directory;

	@Autowired
	Organization organization;

	@Autowired
	AuditLog auditLog;

	UUID accountOf(String username) {
		return org.chancery.identity.SignInTestsAccess.asSecurityAdmin(() -> directory.search(username, PageRequest.of(0, 5)).stream()
			.filter(e -> e.username().equals(username)).findFirst().orElseThrow().accountId());
	}

	@Test
	void aRevokedClearanceCountsFromTheNextRequestOfAnOpenSession() throws Exception {
		MockHttpSession secadmin = Sessions.shared(mvc, "secadmin");
		UUID organizer = accountOf("organizer");
		MockHttpSession session = Sessions.signIn(mvc, "organizer");
		mvc.perform(get("/api/v1/me/clearance").session(session)).andExpect(jsonPath("$.level").value("UNCLASSIFIED"));
		mvc.perform(put("/api/v1/clearances/" + organizer).session(secadmin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\":\"SECRET\",\"compartments\":\"crypto, NUC\",\"reason\":\"经审查合格\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.compartments[0]").value("CRYPTO"));
		mvc.perform(get("/api/v1/me/clearance").session(session)).andExpect(jsonPath("$.level").value("SECRET"))
			.andExpect(jsonPath("$.unitId").value(organization.unitByCode("MSJ").orElseThrow().id().toString()));
		mvc.perform(post("/api/v1/clearances/" + organizer + "/revoke").session(secadmin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"调离涉密岗位\"}")).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me/clearance").session(session)).andExpect(jsonPath("$.level").value("UNCLASSIFIED"));
		mvc.perform(get("/api/v1/clearances/" + organizer + "/history").session(secadmin)).andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].level").doesNotExist()).andExpect(jsonPath("$[0].reason").value("调离涉密岗位"));
		var audited = org.chancery.identity.SignInTestsAccess.asAuditor(
				() -> auditLog.entries(new AuditLog.Filter(null, "clearance.", organizer.toString(), null, null, null), 0, 10));
		assertThat(audited.entries()).extracting(e -> e.action()).contains("clearance.grant", "clearance.revoke");
	}

	@Test
	void aClearanceNeedsAWrittenReasonAndValidCompartments() throws Exception {
		MockHttpSession secadmin = Sessions.shared(mvc, "secadmin");
		UUID archivist = accountOf("accountant");
		mvc.perform(put("/api/v1/clearances/" + archivist).session(secadmin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\":\"SECRET\",\"reason\":\"  \"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(put("/api/v1/clearances/" + archivist).session(secadmin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\":\"SECRET\",\"compartments\":\"ok, not ok!\",\"reason\":\"r\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("compartments"));
		mvc.perform(put("/api/v1/clearances/" + archivist).session(secadmin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\":\"INTERNAL\",\"reason\":\"r\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
		mvc.perform(get("/api/v1/clearances/" + archivist).session(secadmin)).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/clearances/" + UUID.randomUUID()).session(secadmin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\":\"SECRET\",\"reason\":\"r\"}")).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheSecurityAdministratorManagesClearances() throws Exception {
		MockHttpSession admin = Sessions.shared(mvc, "admin");
		UUID clerk = accountOf("clerk");
		mvc.perform(put("/api/v1/clearances/" + clerk).session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\":\"TOP_SECRET\",\"reason\":\"self-service\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/secrecy/clearances").session(admin)).andExpect(status().isForbidden());
		MockHttpSession auditor = Sessions.shared(mvc, "auditor");
		mvc.perform(get("/api/v1/clearances").session(auditor)).andExpect(status().isForbidden());
	}

	@Test
	void officersAreBoundedByTheUnitsAuthorityAndTheirOwnClearance() throws Exception {
		MockHttpSession secadmin = Sessions.shared(mvc, "secadmin");
		UUID confclerk = accountOf("personnel");
		String jyj = organization.unitByCode("JYJ").orElseThrow().id().toString();
		String appoint = "{\"unitId\":\"" + jyj + "\",\"accountId\":\"" + confclerk + "\",\"maxLevel\":\"SECRET\"}";
		mvc.perform(post("/api/v1/classification-officers").session(secadmin).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(appoint))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("maxLevel"));
		mvc.perform(put("/api/v1/clearances/" + confclerk).session(secadmin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\":\"TOP_SECRET\",\"reason\":\"机要岗位\"}")).andExpect(status().isOk());
		mvc.perform(put("/api/v1/units/" + jyj + "/classification-authority").session(secadmin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"maxLevel\":\"CONFIDENTIAL\"}")).andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/classification-officers").session(secadmin).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(appoint))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("maxLevel"));
		mvc.perform(put("/api/v1/units/" + jyj + "/classification-authority").session(secadmin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"maxLevel\":\"TOP_SECRET\"}")).andExpect(status().isNoContent());
		String officer = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/classification-officers").session(secadmin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(appoint)).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/classification-officers").session(secadmin).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(appoint))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("accountId"));
		mvc.perform(get("/secrecy/officers").session(secadmin)).andExpect(status().isOk());
		mvc.perform(post("/secrecy/officers/" + officer + "/end").session(secadmin).with(csrf())).andExpect(redirectedUrl("/secrecy/officers"));
	}

	@Test
	void markingsAreCheckedThroughTheApi() throws Exception {
		MockHttpSession clerk = Sessions.shared(mvc, "clerk");
		mvc.perform(get("/api/v1/markings/parse").param("text", "秘密★2030年6月30日").param("runsFrom", "2026-03-01").session(clerk))
			.andExpect(status().isOk()).andExpect(jsonPath("$.level").value("CONFIDENTIAL")).andExpect(jsonPath("$.declassifiesOn").value("2030-06-30"));
		mvc.perform(get("/api/v1/markings/parse").param("text", "机密★21年").param("runsFrom", "2026-03-01").header("Accept-Language", "en")
				.session(clerk)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("机密 is kept at most 20 years unless an extension is decided."));
	}

	@Test
	void thePagesWork() throws Exception {
		MockHttpSession secadmin = Sessions.shared(mvc, "secadmin");
		UUID leader = accountOf("leader");
		mvc.perform(get("/secrecy/clearances").param("lang", "en").session(secadmin)).andExpect(status().isOk());
		String invalid = mvc.perform(post("/secrecy/clearances/" + leader).session(secadmin).with(csrf()).param("level", "TOP_SECRET")
				.param("compartments", "").param("reason", "").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(invalid).contains("is-invalid");
		mvc.perform(post("/secrecy/clearances/" + leader).session(secadmin).with(csrf()).param("level", "TOP_SECRET").param("compartments", "")
				.param("reason", "领导同志")).andExpect(redirectedUrl("/secrecy/clearances/" + leader));
		String page = mvc.perform(get("/secrecy/clearances/" + leader).param("lang", "zh-CN").session(secadmin)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("绝密").contains("领导同志");
		String home = mvc.perform(get("/").session(Sessions.signIn(mvc, "leader")).param("lang", "zh-CN")).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("绝密");
	}
}
