package org.chancery.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chancery.kernel.DomainException;
import org.chancery.kernel.NotFoundException;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on pages: an unknown (or hidden) item gives the same not-found page; a refused rule shows its
 * message. Controllers that can recover (a form with errors) handle those themselves.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(1)
class PageErrors {

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView notFound(Exception e, HttpServletResponse response) {
		response.setStatus(404);
		ModelAndView mv = new ModelAndView("error");
		mv.addObject("status", 404);
		mv.addObject("messageKey", "error.notFound");
		return mv;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView refused(DomainException e, HttpServletResponse response) {
		response.setStatus(409);
		ModelAndView mv = new ModelAndView("error");
		mv.addObject("status", 409);
		mv.addObject("messageKey", e.messageKey());
		mv.addObject("messageArgs", e.arguments());
		return mv;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView denied(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(403);
		ModelAndView mv = new ModelAndView("error");
		mv.addObject("status", 403);
		mv.addObject("messageKey", "error.forbidden");
		return mv;
	}
}
