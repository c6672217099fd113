package org.chancery.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.chancery.identity.AccountAdministration;
import org.chancery.identity.SignInTestsAccess;
import org.chancery.organization.Organization;
import org.chancery.support.ChanceryTest;
import org.chancery.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The administrator keeps the templates; a new draft takes its organ mark, code and main recipients from them. */
@ChanceryTest
class TemplatesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	Drafting drafting;

	@Autowired
	AccountAdministration accounts;

	@Test
	void aTemplateGivesNewDraftsItsMarkCodeAndRecipients() throws Exception {
		String dys = organization.unitByCode("DYS").orElseThrow().id().toString();
		String msj = organization.unitByCode("MSJ").orElseThrow().id().toString();
		MockHttpSession admin = Sessions.signIn(mvc, "admin");
		String template = """
				{"type":"CIRCULAR","unitId":"%s","organMark":"中共中央办公厅调研室文件","referenceCode":"%s","defaultRecipients":[{"kind":"UNIT","id":"%s"}]}
				""";
		mvc.perform(put("/api/v1/document-templates").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(template.formatted(dys, "中办〔调", msj))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("referenceCode"));
		mvc.perform(put("/api/v1/document-templates").session(Sessions.signIn(mvc, "drafter")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(template.formatted(dys, "中办调通", msj))).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/document-templates").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(template.formatted(dys, "中办调通", msj))).andExpect(status().isOk()).andExpect(jsonPath("$.referenceCode").value("中办调通"));

		OutgoingDocument doc = SignInTestsAccess.asUser(accounts, "drafter", () -> drafting.create(new Drafting.Draft(DocumentType.CIRCULAR, null,
				organization.unitByCode("DYS").orElseThrow().id(), "中共中央办公厅调研室关于调研情况的通报", null, null, false, null, "现将情况通报如下。",
				null, null, null, null, null, List.of(organization.personByStaffNumber("D0001").orElseThrow().id()), null, null, null)));
		assertThat(doc.referenceCode()).isEqualTo("中办调通");
		assertThat(doc.partyIds(Party.Role.MAIN)).containsExactly(organization.unitByCode("MSJ").orElseThrow().id());

		mvc.perform(get("/documents/admin").session(admin)).andExpect(status().isOk()).andExpect(content().string(containsString("中办调通")))
			.andExpect(content().string(containsString("id=\"model-versions\"")));
		mvc.perform(get("/documents/admin").session(Sessions.signIn(mvc, "drafter"))).andExpect(status().isForbidden());
	}

	@Autowired
	Printing printing;

	@Test
	void theAdministratorSetsAUnitsSealImage() throws Exception {
		var dys = organization.unitByCode("DYS").orElseThrow().id();
		MockHttpSession admin = Sessions.signIn(mvc, "admin");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(org.springframework.http.HttpMethod.PUT,
				"/api/v1/document-seals/{id}", dys).file(new org.springframework.mock.web.MockMultipartFile("file", "seal.png", "image/png",
						"not a png".getBytes())).session(admin).with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(org.springframework.http.HttpMethod.PUT,
				"/api/v1/document-seals/{id}", dys).file(new org.springframework.mock.web.MockMultipartFile("file", "seal.png", "image/png",
						LayoutTests.sealPng())).session(Sessions.signIn(mvc, "drafter")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(org.springframework.http.HttpMethod.PUT,
				"/api/v1/document-seals/{id}", dys).file(new org.springframework.mock.web.MockMultipartFile("file", "seal.png", "image/png",
						LayoutTests.sealPng())).session(admin).with(csrf())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/document-seals").session(admin)).andExpect(jsonPath("$['" + dys + "']").exists());
		OutgoingDocument doc = SignInTestsAccess.asUser(accounts, "drafter", () -> drafting.create(new Drafting.Draft(DocumentType.NOTICE,
				Direction.LEVEL, dys, "中共中央办公厅调研室关于印章的通知", null, null, false, null, "请知悉。", null, null,
				List.of(new Addressee(Party.Kind.UNIT, organization.unitByCode("MSJ").orElseThrow().id())), null, null, null, null, null, null)));
		assertThat(SignInTestsAccess.asUser(accounts, "drafter", () -> printing.sheet(drafting.document(doc.id()), null)).sealImage())
			.isEqualTo(LayoutTests.sealPng());
	}
}
