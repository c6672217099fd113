package org.chancery.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.chancery.kernel.DomainException;
import org.chancery.kernel.FieldException;
import org.chancery.kernel.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's errors as RFC 9457 problem details, in the client's language: field errors list each
 * field and its message; a refused business rule says which; an unknown (or hidden) item is 404.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	private final MessageSource messages;

	ApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	record FieldProblem(String field, String message) {
	}

	/** Field errors in a stable order, so the same input always gets the same answer. */
	private static final java.util.Comparator<FieldProblem> BY_FIELD = java.util.Comparator.comparing(FieldProblem::field)
		.thenComparing(FieldProblem::message);

	@ExceptionHandler(BindException.class)
	ProblemDetail invalid(BindException e, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldProblem> errors = e.getFieldErrors().stream()
			.map(f -> new FieldProblem(f.getField(), messages.getMessage(f, locale)))
			.sorted(BY_FIELD)
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "error.validation", request, Map.of("errors", errors));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldProblem> errors = e.getParameterValidationResults().stream()
			.flatMap(r -> r.getResolvableErrors().stream()
				.map(err -> new FieldProblem(r.getMethodParameter().getParameterName() == null ? "" : r.getMethodParameter().getParameterName(),
						messages.getMessage(err, locale))))
			.sorted(BY_FIELD)
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "error.validation", request, Map.of("errors", errors));
	}

	@ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
	ProblemDetail violated(jakarta.validation.ConstraintViolationException e, HttpServletRequest request) {
		List<FieldProblem> errors = e.getConstraintViolations().stream()
			.map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.sorted(BY_FIELD)
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "error.validation", request, Map.of("errors", errors));
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

	@ExceptionHandler(FieldException.class)
	ProblemDetail field(FieldException e, HttpServletRequest request) {
		String message = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
		return problem(HttpStatus.BAD_REQUEST, "error.validation", request, Map.of("errors", List.of(new FieldProblem(e.field(), message))));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "error.notFound", request, Map.of());
	}

	@ExceptionHandler(DomainException.class)
	ProblemDetail refused(DomainException e, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
		problem.setDetail(messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", e.messageKey());
		return problem;
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class, IllegalArgumentException.class,
			org.springframework.web.multipart.MultipartException.class,
			org.springframework.web.multipart.support.MissingServletRequestPartException.class })
	ProblemDetail unreadable(Exception e, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "error.unreadable", request, Map.of());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail stale(OptimisticLockingFailureException e, HttpServletRequest request) {
		return problem(HttpStatus.CONFLICT, "error.stale", request, Map.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException e, HttpServletRequest request) {
		return problem(HttpStatus.FORBIDDEN, "error.forbidden", request, Map.of());
	}

	private ProblemDetail problem(HttpStatus status, String key, HttpServletRequest request, Map<String, Object> properties) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(status.getReasonPhrase());
		problem.setDetail(messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
		problem.setInstance(URI.create(request.getRequestURI()));
		properties.forEach(problem::setProperty);
		return problem;
	}
}
