package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chancery.support.ChanceryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Walks every registered endpoint, pages and API, and calls it without signing in. Nothing answers
 * except sign-in, setup (while no account exists), static assets, errors and health.
 */
@ChanceryTest
public class DenyByDefaultTests {

	private static final Set<String> OPEN = Set.of("GET /login", "POST /login", "GET /setup", "POST /setup", "GET /error", "POST /error",
			"PUT /error", "DELETE /error", "PATCH /error", "GET /actuator/health", "GET /actuator/health/**",
			"GET /actuator/health/{*path}");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void everyEndpointNeedsSigningIn() throws Exception {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<String> patterns = info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
						: info.getPatternValues();
				Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : patterns) {
					if (methods.isEmpty()) {
						endpoints.add("GET " + pattern);
						endpoints.add("POST " + pattern);
					}
					methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
				}
			}
		}
		endpoints.add("GET /actuator/prometheus");
		endpoints.add("GET /actuator/metrics");
		endpoints.add("GET /actuator/info");
		endpoints.add("GET /v3/api-docs");
		endpoints.add("GET /swagger-ui/index.html");
		assertThat(endpoints).as("the walk found the application's endpoints").hasSizeGreaterThan(80)
			.contains("GET /api/v1/units", "POST /accounts/{id}/roles", "GET /audit", "POST /api/v1/audit/verify");

		List<String> answered = new ArrayList<>();
		int checked = 0;
		for (String endpoint : endpoints) {
			if (OPEN.contains(endpoint)) {
				continue;
			}
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
			MvcResult result = mvc.perform(request(HttpMethod.valueOf(method), path).with(csrf())
				.contentType("application/json").content("{}")).andReturn();
			int status = result.getResponse().getStatus();
			String location = result.getResponse().getRedirectedUrl();
			boolean api = path.startsWith("/api/") || path.equals("/actuator") || path.startsWith("/actuator/");
			boolean denied = api ? status == 401 : status == 302 && location != null && location.endsWith("/login");
			if (!denied) {
				answered.add(endpoint + " -> " + status + (location == null ? "" : " " + location));
			}
			checked++;
		}
		assertThat(answered).as("endpoints that answered without sign-in").isEmpty();
		assertThat(checked).isGreaterThan(80);
	}

	@Test
	void setupIsClosedOnceAnAccountExists() throws Exception {
		MvcResult get = mvc.perform(request(HttpMethod.GET, "/setup")).andReturn();
		assertThat(get.getResponse().getStatus()).isEqualTo(404);
		MvcResult post = mvc.perform(request(HttpMethod.POST, "/setup").with(csrf()).param("username", "intruder")
			.param("displayName", "x").param("password", "a-long-password-1")).andReturn();
		assertThat(post.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void healthIsOpenAndSaysLittle() throws Exception {
		MvcResult health = mvc.perform(request(HttpMethod.GET, "/actuator/health")).andReturn();
		assertThat(health.getResponse().getStatus()).isEqualTo(200);
		assertThat(health.getResponse().getContentAsString()).contains("UP").doesNotContain("db");
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::([^}]+))?}");

	/** Fills path variables with plausible values: a regex's first alternative, a number or a UUID. */
	public static String concrete(String pattern) {
		Matcher m = VARIABLE.matcher(pattern.replace("/**", "/x"));
		StringBuilder out = new StringBuilder();
		Map<String, String> numeric = Map.of("seq", "1", "state", "activate");
		while (m.find()) {
			String value;
			if (m.group(2) != null) {
				value = m.group(2).split("\\|")[0].replaceAll("[^A-Za-z0-9-]", "");
			}
			else {
				value = numeric.getOrDefault(m.group(1), UUID.randomUUID().toString());
			}
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		m.appendTail(out);
		return out.toString();
	}
}
