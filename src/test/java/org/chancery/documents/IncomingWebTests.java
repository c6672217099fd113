package org.chancery.documents;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.chancery.organization.Organization;
import org.chancery.support.ChanceryTest;
import org.chancery.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** The API and the pages of incoming documents, as the clerk, the leader and the readers use them; outsiders get 404. */
@ChanceryTest
class IncomingWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	Drafting drafting;

	@Autowired
	Routing routing;

	@Autowired
	Dispatching dispatching;

	@Autowired
	Receiving receiving;

	@Autowired
	IncomingRegistry registry;

	@Autowired
	org.chancery.identity.AccountAdministration accounts;

	static final byte[] PDF = LayoutSamples.typesetting().render(LayoutSamples.down());

	String unit(String code) {
		return organization.unitByCode(code).orElseThrow().id().toString();
	}

	MockMultipartFile metadata(String title, String marking) {
		String json = """
				{"receivingUnitId":"%s","senderName":"某省人民政府办公厅","senderReference":"某政办函〔2026〕5号","title":"%s","type":"LETTER",
				 "urgency":"NORMAL"%s}
				""".formatted(unit("MSJ"), title, marking == null ? "" : ",\"marking\":\"" + marking + "\"");
		return new MockMultipartFile("metadata", "", MediaType.APPLICATION_JSON_VALUE, json.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theClerkReceivesAndTheLeaderInstructsThroughTheApi() throws Exception {
		MockHttpSession clerk = Sessions.signIn(mvc, "clerk");
		MockHttpSession leader = Sessions.signIn(mvc, "leader");
		MockHttpSession drafter = Sessions.signIn(mvc, "drafter");
		// bad input: no title; a file that is not a document
		mvc.perform(multipart("/api/v1/incoming").file(metadata("", null)).session(clerk).with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(multipart("/api/v1/incoming").file(metadata("某省人民政府办公厅关于商请协助的函", null))
			.file(new MockMultipartFile("file", "x.exe", "application/octet-stream", new byte[] { 'M', 'Z', 0, 0 })).session(clerk).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
		String created = mvc.perform(multipart("/api/v1/incoming").file(metadata("某省人民政府办公厅关于商请协助的函", null))
			.file(new MockMultipartFile("file", "来文.pdf", "application/pdf", PDF)).session(clerk).with(csrf()))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("ARRIVED")).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");
		// someone of another unit: not found, exactly as for a document that does not exist
		mvc.perform(get("/api/v1/incoming/{id}", id).session(drafter)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/incoming/{id}/original", id).session(drafter)).andExpect(status().isNotFound());
		mvc.perform(get("/incoming/{id}", id).session(drafter)).andExpect(status().isNotFound());

		mvc.perform(post("/api/v1/incoming/{id}/sign-for", id).session(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"copies\":0,\"pages\":3}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/incoming/{id}/sign-for", id).session(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"copies\":1,\"pages\":3}")).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SIGNED_FOR"));
		mvc.perform(post("/api/v1/incoming/{id}/register", id).session(clerk).with(csrf())).andExpect(status().isOk())
			.andExpect(jsonPath("$.registrationNumber").value(containsString("收文〔")));
		mvc.perform(post("/api/v1/incoming/{id}/register", id).session(clerk).with(csrf())).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/incoming/{id}/review", id).session(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"rightRecipient":true,"rulesFollowed":true,"typeAndFormat":true,"othersConsulted":true,"decision":"ACTION"}
				""")).andExpect(status().isOk()).andExpect(jsonPath("$.purpose").value("ACTION"));
		mvc.perform(get("/api/v1/incoming/common-instructions").session(leader)).andExpect(jsonPath("$[0]").value("同意"))
			.andExpect(jsonPath("$[?(@ == '请李国强同志阅处')]").exists());
		mvc.perform(post("/api/v1/incoming/{id}/instructions", id).session(leader).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"请李国强同志阅处\",\"coUnitIds\":[\"" + unit("DYS") + "\"]}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("leadUnitId"));
		mvc.perform(post("/api/v1/incoming/{id}/instructions", id).session(leader).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"请调研室研办\",\"leadUnitId\":\"" + unit("DYS") + "\",\"workingDays\":5}")).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/incoming/{id}", id).session(drafter).header("Accept-Language", "zh-CN")).andExpect(status().isOk())
			.andExpect(jsonPath("$.location").value("在主办单位调研室办理")).andExpect(jsonPath("$.instructions[0].text").value("请调研室研办"))
			.andExpect(jsonPath("$.assignments[0].lead").value(true));
		String circulation = mvc.perform(post("/api/v1/incoming/{id}/circulations", id).session(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"mode\":\"PARALLEL\"}")).andExpect(status().isCreated()).andExpect(jsonPath("$.location.length()").value(2))
			.andReturn().getResponse().getContentAsString();
		String cid = JsonPath.read(circulation, "$.id");
		mvc.perform(post("/api/v1/incoming/circulations/{cid}/read", cid).session(leader).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"阅\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.location[0]").value("李国强"));
		// the registry: filters and the reader's view
		mvc.perform(get("/api/v1/incoming").param("sender", "某省人民政府办公厅").param("state", "HANDLING").session(clerk))
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").exists());
		mvc.perform(get("/api/v1/incoming").param("sender", "某省人民政府办公厅").param("urgency", "EXTRA_URGENT").session(clerk))
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist());
		mvc.perform(get("/api/v1/incoming").param("sort", "SIDEWAYS").session(clerk)).andExpect(status().isBadRequest());
		// a package from a sending organ's system must be signed
		mvc.perform(multipart("/api/v1/incoming/packages").file(metadata("某省人民政府办公厅关于报送材料的函", null))
			.file(new MockMultipartFile("file", "pkg.pdf", "application/pdf", PDF)).session(clerk).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void thePagesShowTheRegistryTheDocumentAndItsSteps() throws Exception {
		MockHttpSession clerk = Sessions.signIn(mvc, "clerk");
		mvc.perform(get("/incoming").session(clerk)).andExpect(status().isOk()).andExpect(content().string(containsString("id=\"receive-document\"")));
		mvc.perform(get("/incoming/new").session(clerk).header("Accept-Language", "zh-CN")).andExpect(status().isOk())
			.andExpect(content().string(containsString("来文字号")));
		// the form refuses an incomplete entry and keeps nothing
		mvc.perform(multipart("/incoming").param("receivingUnitId", unit("MSJ")).param("title", "").session(clerk).with(csrf()))
			.andExpect(redirectedUrl("/incoming/new"));
		String location = mvc.perform(multipart("/incoming").param("receivingUnitId", unit("MSJ")).param("senderName", "某市委办公室")
			.param("title", "某市委办公室关于报送情况的报告").param("urgency", "NORMAL").session(clerk).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).session(clerk)).andExpect(status().isOk()).andExpect(content().string(containsString("id=\"sign-for-form\"")))
			.andExpect(content().string(containsString("id=\"scan-form\"")));
		String id = location.substring(location.lastIndexOf('/') + 1);
		mvc.perform(post("/incoming/{id}/sign-for", id).param("copies", "1").param("pages", "0").session(clerk).with(csrf()))
			.andExpect(redirectedUrl("/incoming/" + id));
		mvc.perform(post("/incoming/{id}/sign-for", id).param("copies", "1").param("pages", "2").session(clerk).with(csrf()));
		mvc.perform(post("/incoming/{id}/register", id).session(clerk).with(csrf()));
		mvc.perform(get("/incoming/{id}", id).session(clerk)).andExpect(content().string(containsString("id=\"review-form\"")))
			.andExpect(content().string(not(containsString("id=\"sign-for-form\""))));
		mvc.perform(post("/incoming/{id}/review", id).param("rightRecipient", "true").param("rulesFollowed", "true").param("typeAndFormat", "true")
			.param("othersConsulted", "true").param("decision", "INFORMATION").session(clerk).with(csrf()));
		mvc.perform(get("/incoming/{id}", id).session(clerk).header("Accept-Language", "zh-CN")).andExpect(content().string(containsString("id=\"circulate-form\"")))
			.andExpect(content().string(containsString("在办公厅")));
		mvc.perform(get("/incoming").param("number", "none").session(clerk)).andExpect(content().string(containsString("id=\"incoming-empty\"")));
		mvc.perform(get("/incoming/late").session(clerk)).andExpect(status().isOk());
	}

	@Test
	void theSenderSeesAReturnOnItsDocumentPage() throws Exception {
		Drafting.Draft draft = new Drafting.Draft(DocumentType.NOTICE, Direction.LEVEL, organization.unitByCode("DYS").orElseThrow().id(),
				"中共中央办公厅调研室关于报送调研提纲的通知", null, null, false, null, "请报送。", null, null,
				java.util.List.of(new Addressee(Party.Kind.UNIT, organization.unitByCode("MSJ").orElseThrow().id())), java.util.List.of(), java.util.List.of(),
				java.util.List.of(organization.personByStaffNumber("D0001").orElseThrow().id()), null, null, null);
		OutgoingDocument out = RouteToPrinting.printed(drafting, routing, accounts, draft, "clerk", 1);
		org.chancery.identity.SignInTestsAccess.asUser(accounts, "clerk", () -> dispatching.dispatch(out.id(), new Dispatching.DispatchRequest(null)));
		MockHttpSession clerk = Sessions.signIn(mvc, "clerk");
		MockHttpSession drafter = Sessions.signIn(mvc, "drafter");
		String list = mvc.perform(get("/api/v1/incoming").param("state", "ARRIVED").param("sender", "调研室").session(clerk))
			.andReturn().getResponse().getContentAsString();
		java.util.List<String> ids = JsonPath.read(list, "$.items[?(@.title == '中共中央办公厅调研室关于报送调研提纲的通知')].id");
		String id = ids.getFirst();
		mvc.perform(get("/incoming/{id}", id).session(clerk)).andExpect(content().string(containsString("id=\"outgoing-link\"")));
		mvc.perform(post("/incoming/{id}/sign-for", id).param("copies", "1").param("pages", "1").session(clerk).with(csrf()));
		mvc.perform(post("/incoming/{id}/register", id).session(clerk).with(csrf()));
		// a review with a failed point cannot go on; with a reason it goes back
		mvc.perform(post("/incoming/{id}/review", id).param("rulesFollowed", "true").param("typeAndFormat", "true").param("othersConsulted", "true")
			.param("decision", "INFORMATION").header("Referer", "http://localhost/incoming/" + id).session(clerk).with(csrf()))
			.andExpect(redirectedUrl("/incoming/" + id))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flashError", "incoming.checklistFailed"));
		mvc.perform(post("/incoming/{id}/review", id).param("rulesFollowed", "true").param("typeAndFormat", "true").param("othersConsulted", "true")
			.param("decision", "RETURN").param("reason", "应径送调研室").session(clerk).with(csrf()));
		mvc.perform(get("/incoming/{id}", id).session(clerk).header("Accept-Language", "zh-CN")).andExpect(content().string(containsString("id=\"returned\"")))
			.andExpect(content().string(containsString("应径送调研室")));
		mvc.perform(get("/documents/{id}", out.id()).session(drafter).header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("delivery-returned"))).andExpect(content().string(containsString("已退回：应径送调研室")));
	}
}
