package org.chancery.workflow;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An exception to "Monday to Friday" on the office's calendar: a public holiday (also on the weekend
 * days inside a holiday run) or an adjusted working day (调休上班) on a weekend.
 */
@Entity
@Table(name = "wf_calendar_day")
public class CalendarDay {

	public enum Kind {
		HOLIDAY, WORKDAY
	}

	@Id
	@Column(name = "cal_day")
	private LocalDate day;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Kind kind;
	@Column(nullable = false, length = 100)
	private String name;
	@Version
	private long version;

	protected CalendarDay() {
	}

	CalendarDay(LocalDate day, Kind kind, String name) {
		this.day = day;
		this.kind = kind;
		this.name = name;
	}

	void change(Kind kind, String name) {
		this.kind = kind;
		this.name = name;
	}

	public LocalDate day() { return day; }
	public Kind kind() { return kind; }
	public String name() { return name; }
}
