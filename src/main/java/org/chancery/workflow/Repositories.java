package org.chancery.workflow;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Days extends JpaRepository<CalendarDay, LocalDate> {

	List<CalendarDay> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);
}
