package org.chancery.identity;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/** RFC 9457 problem details for the API's 401 and 403, in the language the client asked for. */
@Component
class ProblemResponses {

	private final MessageSource messages;

	ProblemResponses(MessageSource messages) {
		this.messages = messages;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, 401, "Unauthorized", "error.unauthorized");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
		write(request, response, 403, "Forbidden", "error.forbidden");
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String key) throws IOException {
		Locale locale = request.getLocale();
		String detail = messages.getMessage(key, null, key, locale);
		response.setStatus(status);
		response.setContentType("application/problem+json;charset=UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
				+ ",\"detail\":\"" + json(detail) + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
	}

	static String json(String s) {
		StringBuilder out = new StringBuilder();
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
