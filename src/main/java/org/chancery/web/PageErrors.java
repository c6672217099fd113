package org.chancery.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chancery.kernel.DomainException;
import org.chancery.kernel.NotFoundException;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Errors on pages: an unknown (or hidden) item gives the same not-found page; a refused action posted
 * from a page returns to that page with the reason; malformed input gives a 400 page. Controllers
 * that can redisplay a form with field errors handle those themselves.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 1)
class PageErrors {

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView notFound(Exception e, HttpServletResponse response) {
		return page(response, 404, "error.notFound", new Object[0]);
	}

	@ExceptionHandler({ BindException.class, MissingServletRequestParameterException.class, org.springframework.web.multipart.MultipartException.class,
			org.springframework.web.multipart.support.MissingServletRequestPartException.class })
	ModelAndView unreadable(Exception e, HttpServletResponse response) {
		return page(response, 400, "error.unreadable", new Object[0]);
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView refused(DomainException e, HttpServletRequest request, HttpServletResponse response) {
		String back = sameOriginReferer(request);
		if ("POST".equals(request.getMethod()) && back != null) {
			FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
			flash.put("flashError", e.messageKey());
			flash.put("flashArg", e.arguments().length > 0 ? e.arguments()[0] : "");
			return new ModelAndView("redirect:" + back);
		}
		return page(response, 409, e.messageKey(), e.arguments());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView denied(AccessDeniedException e, HttpServletResponse response) {
		return page(response, 403, "error.forbidden", new Object[0]);
	}

	private static ModelAndView page(HttpServletResponse response, int status, String key, Object[] args) {
		response.setStatus(status);
		ModelAndView mv = new ModelAndView("error");
		mv.addObject("status", status);
		mv.addObject("messageKey", key);
		mv.addObject("messageArgs", args);
		return mv;
	}

	/** The path of the page the form was posted from, only when it is on this site. */
	private static String sameOriginReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equals(request.getServerName())) {
				return null;
			}
			String path = uri.getRawPath();
			return path == null || !path.startsWith("/") || path.startsWith("//") ? null : path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		}
		catch (IllegalArgumentException bad) {
			return null;
		}
	}
}
