package org.chancery.workflow.web;

import java.time.LocalDate;

import org.chancery.kernel.DomainException;
import org.chancery.workflow.CalendarDay;
import org.chancery.workflow.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's calendar page: one year's holidays and adjusted working days. */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class CalendarPages {

	private final WorkingDays workingDays;
	private final java.time.Clock clock;

	CalendarPages(WorkingDays workingDays, java.time.Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int y = year == null ? LocalDate.now(clock).getYear() : Math.clamp(year, 1990, 2200);
		model.addAttribute("year", y);
		model.addAttribute("days", workingDays.exceptions(y));
		model.addAttribute("years", workingDays.yearsKept());
		model.addAttribute("kinds", CalendarDay.Kind.values());
		return "workflow/calendar";
	}

	@PostMapping
	String set(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			@RequestParam(required = false) CalendarDay.@Nullable Kind kind, @RequestParam(defaultValue = "") String name, RedirectAttributes r) {
		if (day == null || kind == null || name.isBlank() || name.length() > 100) {
			r.addFlashAttribute("flashError", "calendar.incomplete");
			return "redirect:/admin/calendar" + (day == null ? "" : "?year=" + day.getYear());
		}
		try {
			workingDays.set(new WorkingDays.DayDraft(day, kind, name));
			r.addFlashAttribute("flash", "calendar.saved");
		}
		catch (DomainException e) {
			r.addFlashAttribute("flashError", e.messageKey());
		}
		return "redirect:/admin/calendar?year=" + day.getYear();
	}

	@PostMapping("/remove")
	String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes r) {
		workingDays.remove(day);
		r.addFlashAttribute("flash", "calendar.removed");
		return "redirect:/admin/calendar?year=" + day.getYear();
	}
}
