package org.chancery.workflow.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.chancery.workflow.CalendarDay;
import org.chancery.workflow.WorkingDays;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The working-day calendar: anyone signed in reads it; the system administrator changes it. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Working-day calendar")
class CalendarApi {

	private final WorkingDays workingDays;

	CalendarApi(WorkingDays workingDays) {
		this.workingDays = workingDays;
	}

	record DayView(LocalDate day, CalendarDay.Kind kind, String name) {
		static DayView of(CalendarDay d) {
			return new DayView(d.day(), d.kind(), d.name());
		}
	}

	record Arithmetic(LocalDate from, int workingDays, LocalDate due) {
	}

	@GetMapping("/{year}")
	@Operation(summary = "The holidays and adjusted working days of a year (every other weekday is a working day)")
	List<DayView> year(@PathVariable int year) {
		return workingDays.exceptions(year).stream().map(DayView::of).toList();
	}

	@GetMapping("/plus")
	@Operation(summary = "The date that lies a number of working days after a date")
	Arithmetic plus(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, @RequestParam int days) {
		if (days < 0 || days > 3650) {
			throw new org.chancery.kernel.FieldException("days", "calendar.badCount");
		}
		return new Arithmetic(from, days, workingDays.plus(from, days));
	}

	@PutMapping
	@Operation(summary = "Set a holiday or an adjusted working day (system administrator)")
	DayView set(@Valid @RequestBody WorkingDays.DayDraft draft) {
		return DayView.of(workingDays.set(draft));
	}

	@DeleteMapping("/{day}")
	@Operation(summary = "Remove an exception: the day becomes an ordinary weekday or weekend day again (system administrator)")
	ResponseEntity<Void> remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		workingDays.remove(day);
		return ResponseEntity.noContent().build();
	}
}
