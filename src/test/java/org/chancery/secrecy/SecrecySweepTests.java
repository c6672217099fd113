package org.chancery.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.chancery.identity.AccountAdministration;
import org.chancery.identity.SignInTestsAccess;
import org.chancery.organization.Organization;
import org.chancery.support.ChanceryTest;
import org.chancery.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * For a person who may not see a classified item, every route that takes an id answers for that item
 * exactly as for an id that does not exist: same status, same body.
 */
@ChanceryTest
class SecrecySweepTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProtectedItems items;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Organization organization;

	@Test
	void aClassifiedItemLooksExactlyLikeNothing() throws Exception {
		UUID dys = organization.unitByCode("DYS").orElseThrow().id();
		UUID drafterPerson = organization.personByStaffNumber("D0004").orElseThrow().id();
		UUID secret = UUID.randomUUID();
		SignInTestsAccess.asUser(accounts, "drafter", () -> items.propose("test-item", secret,
				new ProtectedItems.Proposal("机密★5年", LocalDate.now(), "BGT", false, dys, null, Set.of(drafterPerson), Set.of())));
		UUID missing = UUID.randomUUID();

		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				if (info.getPathPatternsCondition() == null) {
					continue;
				}
				for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
					if (pattern.contains("{id}") || pattern.contains("{itemId}")) {
						var methods = info.getMethodsCondition().getMethods();
						if (methods.isEmpty()) {
							routes.add("GET " + pattern);
						}
						methods.forEach(m -> routes.add(m.name() + " " + pattern));
					}
				}
			}
		}
		assertThat(routes).contains("GET /api/v1/protected-items/{id}", "POST /api/v1/protected-items/{id}/approve", "GET /secrecy/items/{id}");

		List<String> differences = new ArrayList<>();
		for (String reader : new String[] { "accountant", "clerk", "supervisor" }) {
			MockHttpSession session = Sessions.signIn(mvc, reader);
			for (String route : routes) {
				String method = route.substring(0, route.indexOf(' '));
				String pattern = route.substring(route.indexOf(' ') + 1);
				String forSecret = answer(session, method, pattern, secret);
				String forMissing = answer(session, method, pattern, missing);
				if (!forSecret.replace(secret.toString(), "ID").equals(forMissing.replace(missing.toString(), "ID"))) {
					differences.add(reader + " " + route + ": " + forSecret + " vs " + forMissing);
				}
			}
		}
		assertThat(differences).as("routes that tell a classified item from nothing").isEmpty();
	}

	private static final UUID FILLER = UUID.fromString("00000000-0000-0000-0000-000000000001");

	private String answer(MockHttpSession session, String method, String pattern, UUID id) throws Exception {
		String path = org.chancery.web.DenyByDefaultTests.concrete(pattern.replace("{id}", id.toString()).replace("{itemId}", id.toString()))
			.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?<!" + id + ")", FILLER.toString());
		MvcResult result = mvc.perform(request(HttpMethod.valueOf(method), path).session(session).with(csrf()).contentType("application/json")
			.content("{\"marking\":\"秘密★1年\",\"reason\":\"x\",\"personId\":\"" + FILLER + "\"}")).andReturn();
		// the CSRF token in a page's forms is masked afresh for every response: it says nothing about the item
		String body = result.getResponse().getContentAsString().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
		return result.getResponse().getStatus() + " " + result.getResponse().getRedirectedUrl() + " " + body;
	}
}
