package org.chancery.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.chancery.support.ChanceryTest;
import org.chancery.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** Running the organization through the API and the pages. */
@ChanceryTest
class OrganizationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	private static String code() {
		return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
	}

	private String createUnit(MockHttpSession admin, String code, String parent) throws Exception {
		String json = "{\"code\":\"" + code + "\",\"nameZh\":\"测试单位" + code + "\",\"nameEn\":\"Test " + code
				+ "\",\"type\":\"DEPARTMENT\",\"rank\":\"BUREAU\",\"sortOrder\":5" + (parent == null ? "" : ",\"parentId\":\"" + parent + "\"") + "}";
		String body = mvc.perform(post("/api/v1/units").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	@Test
	void theDefaultOrganizationIsLoaded() {
		assertThat(organization.units()).extracting(Unit::code).contains("BGT", "DYS", "MSJ", "FGJ", "JWJ", "JYJ", "JJJ", "TKS", "DCS", "RSJ",
				"ZSB", "ZZJ", "DAG", "BMB", "MMB", "GJJ", "JNT", "DKY", "LWZ");
		assertThat(organization.bodies()).extracting(LeadershipBody::code).contains("ZYWYH", "ZZJ", "ZZJCW", "SJC");
		assertThat(organization.unitByCode("DAG").orElseThrow().rank()).isEqualTo(Rank.DEPUTY_MINISTERIAL);
	}

	@Test
	void unitsAreCreatedMovedAndDeactivatedButNeverIntoACycle() throws Exception {
		MockHttpSession admin = Sessions.shared(mvc, "admin");
		String parent = createUnit(admin, code(), null);
		String child = createUnit(admin, code(), parent);
		mvc.perform(post("/api/v1/units/" + parent + "/move").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentId\":\"" + child + "\"}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("parentId"));
		mvc.perform(post("/api/v1/units/" + parent + "/deactivate").session(admin).with(csrf())).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("unit.hasActiveChildren"));
		mvc.perform(post("/api/v1/units/" + child + "/move").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentId\":null}")).andExpect(status().isOk()).andExpect(jsonPath("$.parentId").doesNotExist());
		mvc.perform(post("/api/v1/units/" + parent + "/deactivate").session(admin).with(csrf())).andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		assertThat(organization.unit(UUID.fromString(parent)).active()).isFalse();
		mvc.perform(post("/api/v1/units/" + child + "/move").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentId\":\"" + parent + "\"}")).andExpect(status().isBadRequest());
	}

	@Test
	void badUnitInputGetsFieldErrorsAndChangesNothing() throws Exception {
		MockHttpSession admin = Sessions.shared(mvc, "admin");
		int before = organization.units().size();
		mvc.perform(post("/api/v1/units").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
				.content("{\"code\":\"bad code\",\"nameZh\":\"\",\"type\":\"DEPARTMENT\",\"rank\":\"BUREAU\",\"sortOrder\":-1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("code", "nameZh", "sortOrder")))
			.andExpect(jsonPath("$.errors[?(@.field=='code')].message").value(org.hamcrest.Matchers.hasItem("Use 2 to 10 capital letters or digits.")));
		mvc.perform(post("/api/v1/units").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"MSJ\",\"nameZh\":\"重复\",\"type\":\"DEPARTMENT\",\"rank\":\"BUREAU\",\"sortOrder\":1}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
		mvc.perform(post("/api/v1/units").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"OKCODE\",\"nameZh\":\"x\",\"type\":\"NOPE\",\"rank\":\"BUREAU\",\"sortOrder\":1}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/units").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"OKCODE2\",\"nameZh\":\"x\",\"type\":\"OFFICE\",\"rank\":\"BUREAU\",\"sortOrder\":1,\"parentId\":\"" + UUID.randomUUID() + "\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("parentId"));
		mvc.perform(post("/api/v1/units").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"OKCODE3\",\"nameZh\":\"x\",\"type\":\"OFFICE\",\"rank\":\"BUREAU\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sortOrder"));
		String html = mvc.perform(post("/organization/units").session(admin).with(csrf()).param("code", "x").param("nameZh", "")
				.param("type", "DEPARTMENT").param("rank", "BUREAU").param("sortOrder", "0").param("lang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("is-invalid").contains("Use 2 to 10 capital letters or digits.");
		assertThat(organization.units()).hasSize(before);
	}

	@Test
	void aUnitIsCreatedFromThePage() throws Exception {
		MockHttpSession admin = Sessions.shared(mvc, "admin");
		String code = code();
		mvc.perform(post("/organization/units").session(admin).with(csrf()).param("code", code).param("nameZh", "新单位").param("nameEn", "New unit")
				.param("type", "DEPARTMENT").param("rank", "BUREAU").param("sortOrder", "3")
				.param("parentId", organization.unitByCode("BGT").orElseThrow().id().toString()))
			.andExpect(redirectedUrl("/organization/units"));
		assertThat(organization.unitByCode(code)).isPresent();
	}

	@Test
	void aRefusedPageActionReturnsToThePageWithTheReason() throws Exception {
		MockHttpSession admin = Sessions.shared(mvc, "admin");
		UUID msj = organization.unitByCode("MSJ").orElseThrow().id();
		var result = mvc.perform(post("/organization/units/" + msj + "/deactivate").session(admin).with(csrf())
				.header("Referer", "http://localhost/organization/units/" + msj)).andExpect(redirectedUrl("/organization/units/" + msj)).andReturn();
		assertThat(result.getFlashMap().get("flashError")).isEqualTo("unit.hasActivePeople");
	}

	@Test
	void peopleKeepTheirAppointmentHistory() throws Exception {
		MockHttpSession personnel = Sessions.shared(mvc, "personnel");
		String unitA = organization.unitByCode("MSJ").orElseThrow().id().toString();
		String unitB = organization.unitByCode("FGJ").orElseThrow().id().toString();
		String number = code();
		String body = mvc.perform(post("/api/v1/people").session(personnel).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"staffNumber\":\"" + number + "\",\"nameZh\":\"钱多多\",\"unitId\":\"" + unitA + "\",\"position\":\"科员\",\"startedOn\":\"2024-01-01\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(post("/api/v1/people/" + id + "/appointments").session(personnel).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\":\"" + unitB + "\",\"position\":\"副处长\",\"startedOn\":\"2023-06-01\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startedOn"));
		mvc.perform(post("/api/v1/people/" + id + "/appointments").session(personnel).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\":\"" + unitB + "\",\"position\":\"副处长\",\"startedOn\":\"2025-06-01\"}"))
			.andExpect(status().isCreated());
		String history = mvc.perform(get("/api/v1/people/" + id + "/appointments").session(personnel)).andReturn().getResponse().getContentAsString();
		List<String> positions = JsonPath.read(history, "$[*].position");
		List<String> ends = JsonPath.read(history, "$[*].endedOn");
		assertThat(positions).containsExactly("副处长", "科员");
		assertThat(ends).containsExactly(null, "2025-06-01");
		mvc.perform(get("/api/v1/people/" + id).session(personnel)).andExpect(jsonPath("$.unitId").value(unitB))
			.andExpect(jsonPath("$.position").value("副处长"));
		// the personnel officer may not touch units
		mvc.perform(post("/api/v1/units").session(personnel).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + code() + "\",\"nameZh\":\"x\",\"type\":\"OFFICE\",\"rank\":\"BUREAU\",\"sortOrder\":1}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void peopleAreSearchedSortedAndPaginated() throws Exception {
		MockHttpSession clerk = Sessions.shared(mvc, "clerk");
		mvc.perform(get("/api/v1/people").param("q", "王振华").session(clerk)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].staffNumber").value("D0001")).andExpect(jsonPath("$.totalItems").value(1));
		String page = mvc.perform(get("/api/v1/people").param("size", "5").param("page", "1").param("sort", "staffNumber").session(clerk))
			.andExpect(status().isOk()).andExpect(jsonPath("$.size").value(5)).andReturn().getResponse().getContentAsString();
		List<String> numbers = JsonPath.read(page, "$.items[*].staffNumber");
		assertThat(numbers).isSorted().hasSize(5);
		mvc.perform(get("/api/v1/people").param("sort", "password").session(clerk)).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/people").param("size", "100000").session(clerk)).andExpect(status().isBadRequest());
	}

	@Test
	void leadershipBodiesListMembersInOrderOfPrecedence() throws Exception {
		MockHttpSession admin = Sessions.shared(mvc, "admin");
		String code = code();
		String body = JsonPath.read(mvc.perform(post("/api/v1/bodies").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + code + "\",\"nameZh\":\"测试小组\",\"sortOrder\":9}")).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		String first = organization.personByStaffNumber("D0001").orElseThrow().id().toString();
		String second = organization.personByStaffNumber("D0002").orElseThrow().id().toString();
		mvc.perform(post("/api/v1/bodies/" + body + "/members").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\":\"" + second + "\",\"precedence\":2,\"title\":\"成员\",\"joinedOn\":\"2025-01-01\"}")).andExpect(status().isCreated());
		String m1 = JsonPath.read(mvc.perform(post("/api/v1/bodies/" + body + "/members").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\":\"" + first + "\",\"precedence\":1,\"title\":\"组长\",\"joinedOn\":\"2025-01-01\"}")).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/bodies/" + body + "/members").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\":\"" + first + "\",\"precedence\":3,\"title\":\"again\",\"joinedOn\":\"2025-01-01\"}")).andExpect(status().isBadRequest());
		List<String> order = JsonPath.read(mvc.perform(get("/api/v1/bodies/" + body + "/members").session(admin)).andReturn().getResponse()
			.getContentAsString(), "$[*].personId");
		assertThat(order).containsExactly(first, second);
		mvc.perform(post("/api/v1/memberships/" + m1 + "/end").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"on\":\"2026-01-01\"}")).andExpect(status().isOk());
		order = JsonPath.read(mvc.perform(get("/api/v1/bodies/" + body + "/members").session(admin)).andReturn().getResponse()
			.getContentAsString(), "$[*].personId");
		assertThat(order).containsExactly(second, first);
		mvc.perform(put("/api/v1/bodies/" + body).session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + code + "\",\"nameZh\":\"测试小组\",\"sortOrder\":9,\"parentId\":\"" + body + "\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void secretariesAndExternalOrgans() throws Exception {
		MockHttpSession admin = Sessions.shared(mvc, "admin");
		String leader = organization.personByStaffNumber("D0002").orElseThrow().id().toString();
		String secretary = organization.personByStaffNumber("D0004").orElseThrow().id().toString();
		String assignment = JsonPath.read(mvc.perform(post("/api/v1/secretaries").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"leaderId\":\"" + leader + "\",\"secretaryId\":\"" + secretary + "\",\"startedOn\":\"2025-03-01\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/secretaries").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"leaderId\":\"" + leader + "\",\"secretaryId\":\"" + leader + "\",\"startedOn\":\"2025-03-01\"}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/people/" + leader + "/secretaries").session(admin)).andExpect(jsonPath("$[0].secretaryId").value(secretary));
		mvc.perform(post("/api/v1/secretaries/" + assignment + "/end").session(admin).with(csrf())).andExpect(status().isOk())
			.andExpect(jsonPath("$.endedOn").exists());

		String code = code();
		String organ = JsonPath.read(mvc.perform(post("/api/v1/external-organs").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + code + "\",\"nameZh\":\"某某省委\",\"kind\":\"PROVINCE\"}")).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/external-organs/" + organ + "/deactivate").session(admin).with(csrf())).andExpect(jsonPath("$.active").value(false));
		mvc.perform(post("/api/v1/external-organs/" + organ + "/deactivate").session(admin).with(csrf())).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/external-organs/" + UUID.randomUUID()).session(admin)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
	}
}
