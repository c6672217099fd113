package org.chancery.workflow;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.kernel.FieldException;
import org.chancery.kernel.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's working-day calendar: Monday to Friday are working days, except public holidays; a
 * weekend day can be an adjusted working day (调休上班). Deadlines are counted on it. The system
 * administrator keeps the exceptions; each node re-reads a year at most a minute after a change made
 * elsewhere (at once for changes made on the node itself).
 */
@Service
@Transactional(readOnly = true)
public class WorkingDays {

	/** A holiday or adjusted working day to set on the calendar. */
	public record DayDraft(@NotNull LocalDate day, @NotNull CalendarDay.Kind kind, @NotBlank @Size(max = 100) String name) {
	}

	private record Year(Map<LocalDate, CalendarDay.Kind> exceptions, long loadedAt) {
	}

	private static final long REFRESH_MILLIS = 60_000;

	private final Days days;
	private final AuditTrail audit;
	private final Clock clock;
	private final Map<Integer, Year> years = new ConcurrentHashMap<>();

	WorkingDays(Days days, AuditTrail audit, Clock clock) {
		this.days = days;
		this.audit = audit;
		this.clock = clock;
	}

	public boolean isWorkingDay(LocalDate day) {
		CalendarDay.Kind exception = year(day.getYear()).exceptions().get(day);
		if (exception != null) {
			return exception == CalendarDay.Kind.WORKDAY;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/** The day that is {@code count} working days after {@code from} ({@code from} itself not counted); 0 gives {@code from}. */
	public LocalDate plus(LocalDate from, int count) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative");
		}
		LocalDate day = from;
		for (int left = count; left > 0;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
	public int between(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -between(to, from);
		}
		int n = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				n++;
			}
		}
		return n;
	}

	/**
	 * The deadline {@code count} working days from now: the end of that working day in the office's
	 * time zone (the clock's zone).
	 */
	public Instant deadline(int count) {
		ZoneId zone = clock.getZone();
		LocalDate due = plus(LocalDate.now(clock), count);
		return due.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
	}

	/** The end of the given day in the office's time zone, for a deadline set as a date. */
	public Instant endOf(LocalDate day) {
		return day.atTime(LocalTime.of(23, 59, 59)).atZone(clock.getZone()).toInstant();
	}

	/** The exceptions set for a year, in date order. */
	public List<CalendarDay> exceptions(int year) {
		return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** The years that have exceptions on the calendar, so the administrator sees which are missing. */
	public List<Integer> yearsKept() {
		return days.findAll().stream().map(d -> d.day().getYear()).distinct().sorted().toList();
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public CalendarDay set(DayDraft draft) {
		boolean weekend = draft.day().getDayOfWeek() == DayOfWeek.SATURDAY || draft.day().getDayOfWeek() == DayOfWeek.SUNDAY;
		if (draft.kind() == CalendarDay.Kind.WORKDAY && !weekend) {
			throw new FieldException("kind", "calendar.workdayOnWeekendOnly");
		}
		String name = draft.name().strip();
		CalendarDay day = days.findById(draft.day()).map(d -> {
			d.change(draft.kind(), name);
			return d;
		}).orElseGet(() -> days.save(new CalendarDay(draft.day(), draft.kind(), name)));
		audit.record(AuditRecord.success("calendar.set", "calendar-day", draft.day().toString(), draft.kind() + " " + name));
		years.remove(draft.day().getYear());
		return day;
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public void remove(LocalDate day) {
		CalendarDay d = days.findById(day).orElseThrow(NotFoundException::new);
		days.delete(d);
		audit.record(AuditRecord.success("calendar.remove", "calendar-day", day.toString(), d.kind() + " " + d.name()));
		years.remove(day.getYear());
	}

	private Year year(int year) {
		long now = System.currentTimeMillis();
		Year y = years.get(year);
		if (y == null || now - y.loadedAt() > REFRESH_MILLIS) {
			y = new Year(exceptions(year).stream().collect(Collectors.toUnmodifiableMap(CalendarDay::day, CalendarDay::kind)), now);
			years.put(year, y);
		}
		return y;
	}
}
