package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
 * No user input gives a 500: every endpoint of the application, called by a signed-in administrator
 * with malformed bodies, parameters and identifiers, answers 4xx (or handles it).
 */
@ChanceryTest
class BadInputTests {

	private static final Set<String> SKIP = Set.of("/logout", "/login", "/error");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void malformedInputNeverGivesAServerError() throws Exception {
		MockHttpSession admin = Sessions.signIn(mvc, "admin");
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				if (info.getPathPatternsCondition() == null) {
					continue;
				}
				for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
					if (!pattern.startsWith("/api/v1") && !pattern.startsWith("/organization") && !pattern.startsWith("/accounts")
							&& !pattern.startsWith("/me") && !pattern.startsWith("/audit")) {
						continue;
					}
					info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(m.name() + " " + pattern));
				}
			}
		}
		assertThat(endpoints).hasSizeGreaterThan(60);
		String[] bodies = { "{not json", "{\"code\": 12, \"nameZh\": [], \"unitId\": \"not-a-uuid\", \"startedOn\": \"yesterday\", \"role\": 5,"
				+ " \"precedence\": \"first\", \"expiresOn\": \"2026-02-30\", \"personId\": {}}" };
		List<String> failures = new ArrayList<>();
		for (String endpoint : endpoints) {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
			if (SKIP.contains(pattern)) {
				continue;
			}
			for (String path : new String[] { DenyByDefaultTests.concrete(pattern), pattern.replaceAll("\\{[^}]+}", "not-an-id") }) {
				for (String body : bodies) {
					MvcResult result = mvc.perform(request(HttpMethod.valueOf(method), path).session(admin).with(csrf())
						.contentType("application/json").content(body)
						.param("page", "-5").param("size", "x").param("from", "tomorrow").param("to", "-1").param("treeSize", "abc")
						.param("unitId", "zz").param("startedOn", "31.02.2026").param("precedence", "NaN").param("role", "KING")
						.param("sortOrder", "many").param("outcome", "MAYBE").param("expiresOn", "never").param("code", "")).andReturn();
					if (result.getResponse().getStatus() >= 500) {
						failures.add(endpoint + " " + path + " <- " + body + " : " + result.getResponse().getStatus() + " "
								+ (result.getResolvedException() == null ? "" : result.getResolvedException()));
					}
				}
			}
		}
		assertThat(failures).as("server errors caused by user input").isEmpty();
	}
}
