package org.chancery.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.chancery.organization.Organization;
import org.chancery.support.ChanceryTest;
import org.chancery.support.Sessions;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** The API and the pages of outgoing documents, as the people on the route use them. */
@ChanceryTest
class DocumentsWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	RuntimeService runtime;

	String unit(String code) {
		return organization.unitByCode(code).orElseThrow().id().toString();
	}

	String person(String staffNumber) {
		return organization.personByStaffNumber(staffNumber).orElseThrow().id().toString();
	}

	String draftJson(String title, String signer) {
		return """
				{"type":"REQUEST","direction":"UP","issuingUnitId":"%s","title":"%s","urgency":"URGENT",
				 "bodyText":"一、基本情况\\n调研已经完成。\\n|项目|经费|\\n|调研|5万元|",
				 "mainRecipients":[{"kind":"UNIT","id":"%s"}],"signers":["%s"]}
				""".formatted(unit("DYS"), title, unit("BGT"), signer);
	}

	String create(MockHttpSession drafter, String json) throws Exception {
		String body = mvc.perform(post("/api/v1/documents").session(drafter).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated()).andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.body[1].kind").value("PARAGRAPH")).andExpect(jsonPath("$.body[2].kind").value("TABLE"))
			.andExpect(jsonPath("$.body[2].rows[1][1]").value("5万元"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(body, "$.id");
	}

	@Test
	void aRequestTravelsThroughTheApiAndEveryRefusalIsClear() throws Exception {
		MockHttpSession drafter = Sessions.signIn(mvc, "drafter");
		MockHttpSession director = Sessions.signIn(mvc, "director");
		MockHttpSession leader = Sessions.signIn(mvc, "leader");
		MockHttpSession clerk = Sessions.signIn(mvc, "clerk");

		String bad = create(drafter, draftJson("调研室关于调研经费的请示", person("D0005")));
		mvc.perform(post("/api/v1/documents/{id}/submit", bad).session(drafter).with(csrf()).header("Accept-Language", "zh-CN"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.rules[0].rule").value("signerNotLeader"))
			.andExpect(jsonPath("$.rules[0].message").value(containsString("不是领导")));

		String id = create(drafter, draftJson("调研室关于调研经费的请示", person("D0001")));
		mvc.perform(post("/api/v1/documents/{id}/submit", id).session(drafter).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REVIEW"));
		mvc.perform(post("/api/v1/documents/{id}/sign-off", id).session(leader).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"sign\":true}")).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("document.notYourStep"));
		mvc.perform(post("/api/v1/documents/{id}/review", id).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"send\":true,\"opinion\":\"请审签\"}")).andExpect(jsonPath("$.state").value("SIGN_OFF"));
		mvc.perform(post("/api/v1/documents/{id}/sign-off", id).session(leader).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"sign\":true,\"opinion\":\"同意\"}")).andExpect(jsonPath("$.state").value("RECHECK"));
		mvc.perform(post("/api/v1/documents/{id}/recheck", id).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(jsonPath("$.state").value("REGISTRATION"));
		mvc.perform(post("/api/v1/documents/{id}/register", id).session(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"copies\":0}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/documents/{id}/register", id).session(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"copies\":3}")).andExpect(jsonPath("$.referenceNumber").value(containsString("中办调发〔")));
		mvc.perform(get("/api/v1/documents/{id}/timeline", id).session(drafter)).andExpect(jsonPath("$.length()").value(6))
			.andExpect(jsonPath("$[3].opinion").value("同意"));

		// lists and single reads answer the outsider as for nothing
		MockHttpSession accountant = Sessions.signIn(mvc, "accountant");
		mvc.perform(get("/api/v1/documents/{id}", id).session(accountant)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/documents/{id}", UUID.randomUUID()).session(accountant)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/documents").session(accountant)).andExpect(jsonPath("$.totalItems").value(0));
		mvc.perform(get("/api/v1/documents").param("q", "调研经费").session(drafter)).andExpect(jsonPath("$.totalItems").value(2));
	}

	@Test
	void aClassifiedDraftIsHiddenFromThoseWithoutClearance() throws Exception {
		MockHttpSession drafter = Sessions.signIn(mvc, "drafter");
		String json = draftJson("调研室关于敏感事项的请示", person("D0001")).replace("\"urgency\":\"URGENT\",", "\"urgency\":\"URGENT\",\"marking\":\"机密★10年\",");
		String id = create(drafter, json);
		// the clerk is on the route (registration) but holds only 秘密
		mvc.perform(get("/api/v1/documents/{id}", id).session(Sessions.signIn(mvc, "clerk"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/documents/{id}", id).session(Sessions.signIn(mvc, "director"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.marking").value("机密★10年"));
	}

	@Test
	void pagesShowTheListTheFormAndTheDocumentWithTheStepToTake() throws Exception {
		MockHttpSession drafter = Sessions.signIn(mvc, "drafter");
		mvc.perform(get("/documents/new").session(drafter)).andExpect(status().isOk()).andExpect(content().string(containsString("id=\"draft-form\"")));
		mvc.perform(post("/documents").session(drafter).with(csrf()).param("type", "REQUEST").param("direction", "UP")
			.param("issuingUnitId", unit("DYS")).param("title", " ").param("urgency", "NORMAL"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
		String location = mvc.perform(post("/documents").session(drafter).with(csrf()).param("type", "REQUEST").param("direction", "UP")
			.param("issuingUnitId", unit("DYS")).param("title", "调研室关于增加编制的请示").param("urgency", "NORMAL")
			.param("mainRecipients", "UNIT:" + unit("BGT")).param("signers", person("D0001")).param("bodyText", "一、理由\n工作量增加。"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).session(drafter)).andExpect(status().isOk()).andExpect(content().string(containsString("id=\"submit\"")));
		mvc.perform(post(location + "/submit").session(drafter).with(csrf())).andExpect(status().is3xxRedirection());
		MockHttpSession director = Sessions.signIn(mvc, "director");
		mvc.perform(get(location).session(director)).andExpect(content().string(containsString("id=\"act-review\"")));
		mvc.perform(get("/").session(director)).andExpect(content().string(containsString("调研室关于增加编制的请示")));
		mvc.perform(get("/documents").session(director)).andExpect(content().string(containsString("调研室关于增加编制的请示")));
		mvc.perform(get("/documents").session(Sessions.signIn(mvc, "accountant"))).andExpect(content().string(containsString("id=\"documents-empty\"")));
	}

	@Test
	void aNewModelVersionTakesNewDocumentsWhileRunningOnesKeepTheirs() throws Exception {
		MockHttpSession drafter = Sessions.signIn(mvc, "drafter");
		MockHttpSession admin = Sessions.signIn(mvc, "admin");
		String running = create(drafter, draftJson("调研室关于旧流程的请示", person("D0001")));
		mvc.perform(post("/api/v1/documents/{id}/submit", running).session(drafter).with(csrf())).andExpect(status().isOk());

		String model = new ClassPathResource("processes/outgoing-document.bpmn20.xml").getContentAsString(StandardCharsets.UTF_8)
			.replace("name=\"Review by the office\"", "name=\"Review by the office (v2)\"");
		mvc.perform(multipart("/api/v1/process-models").file(new MockMultipartFile("file", "outgoing.bpmn20.xml", "text/xml",
				model.replace("id=\"review\"", "id=\"inspect\"").replace("targetRef=\"review\"", "targetRef=\"inspect\"")
					.replace("sourceRef=\"review\"", "sourceRef=\"inspect\"").getBytes(StandardCharsets.UTF_8))).session(admin).with(csrf()))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("model.unknownSteps"));
		mvc.perform(multipart("/api/v1/process-models").file(new MockMultipartFile("file", "outgoing.bpmn20.xml", "text/xml", "<oops".getBytes()))
			.session(admin).with(csrf())).andExpect(status().isConflict());
		mvc.perform(multipart("/api/v1/process-models").file(new MockMultipartFile("file", "outgoing.bpmn20.xml", "text/xml",
				model.getBytes(StandardCharsets.UTF_8))).session(drafter).with(csrf())).andExpect(status().isForbidden());
		String deployed = mvc.perform(multipart("/api/v1/process-models").file(new MockMultipartFile("file", "outgoing.bpmn20.xml", "text/xml",
				model.getBytes(StandardCharsets.UTF_8))).session(admin).with(csrf()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		int newVersion = JsonPath.read(deployed, "$.version");

		String fresh = create(drafter, draftJson("调研室关于新流程的请示", person("D0001")));
		mvc.perform(post("/api/v1/documents/{id}/submit", fresh).session(drafter).with(csrf())).andExpect(status().isOk());
		assertThat(definitionVersion(running)).isLessThan(newVersion);
		assertThat(definitionVersion(fresh)).isEqualTo(newVersion);
		MockHttpSession director = Sessions.signIn(mvc, "director");
		for (String id : new String[] { running, fresh }) {
			mvc.perform(post("/api/v1/documents/{id}/review", id).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"send\":true}")).andExpect(jsonPath("$.state").value("SIGN_OFF"));
		}
	}

	int definitionVersion(String documentId) {
		var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(documentId).singleResult();
		return instance.getProcessDefinitionVersion();
	}
}
