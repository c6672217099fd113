package org.chancery.documents.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.chancery.documents.RulesViolated;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused submission answers 422 with every broken 行文 rule, each named and explained. */
@RestControllerAdvice(assignableTypes = DocumentsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RuleProblems {

	private final MessageSource messages;

	RuleProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RulesViolated.class)
	ProblemDetail violated(RulesViolated e, HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
		problem.setDetail(messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", e.messageKey());
		List<Map<String, Object>> rules = e.findings().stream()
			.map(f -> Map.<String, Object>of("rule", f.rule(), "blocking", f.blocking(),
					"message", messages.getMessage(f.messageKey(), new Object[] { f.argument() }, f.messageKey(), locale)))
			.toList();
		problem.setProperty("rules", rules);
		return problem;
	}
}
