package org.chancery.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.chancery.identity.AccountAdministration;
import org.chancery.identity.SignInTestsAccess;
import org.chancery.kernel.FieldException;
import org.chancery.support.ChanceryTest;
import org.chancery.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Working-day arithmetic on the office's calendar: weekends, public holidays and adjusted working days; the administrator keeps it. */
@ChanceryTest
class WorkingDaysTests {

	@Autowired
	WorkingDays days;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	MockMvc mvc;

	<T> T asAdmin(Supplier<T> action) {
		return SignInTestsAccess.asAdmin(action);
	}

	static LocalDate d(int y, int m, int day) {
		return LocalDate.of(y, m, day);
	}

	@Test
	void weekendsAndHolidaysAreNotCountedAndAdjustedWorkingDaysAre() {
		// an ordinary week: Friday 2026-11-27 plus one working day is Monday 2026-11-30
		assertThat(days.plus(d(2026, 11, 27), 1)).isEqualTo(d(2026, 11, 30));
		assertThat(days.isWorkingDay(d(2026, 11, 28))).isFalse();
		// Spring Festival 2026: 15–23 February off; Saturday 14 and Saturday 28 February are worked
		assertThat(days.isWorkingDay(d(2026, 2, 14))).isTrue();
		assertThat(days.isWorkingDay(d(2026, 2, 16))).isFalse();
		assertThat(days.isWorkingDay(d(2026, 2, 28))).isTrue();
		// Friday 13 February + 1 → Saturday 14 (worked); + 2 → Tuesday 24 (after the holiday)
		assertThat(days.plus(d(2026, 2, 13), 1)).isEqualTo(d(2026, 2, 14));
		assertThat(days.plus(d(2026, 2, 13), 2)).isEqualTo(d(2026, 2, 24));
		// National Day 2026: 1–7 October off, Saturday 10 October worked; Wednesday 30 September + 1 → Thursday 8 October
		assertThat(days.plus(d(2026, 9, 30), 1)).isEqualTo(d(2026, 10, 8));
		assertThat(days.plus(d(2026, 9, 30), 3)).isEqualTo(d(2026, 10, 10));
		// New Year 2026: 1–3 January off, Sunday 4 January worked
		assertThat(days.plus(d(2025, 12, 31), 1)).isEqualTo(d(2026, 1, 4));
		// across the year end of 2024/2025 data: 2025 National Day and Mid-Autumn, 1–8 October
		assertThat(days.between(d(2025, 9, 30), d(2025, 10, 9))).isEqualTo(1);
		assertThat(days.between(d(2025, 10, 9), d(2025, 9, 30))).isEqualTo(-1);
		// zero days is the day itself; the whole of February 2026 has 20 - 6 + 2 = 16 working days
		assertThat(days.plus(d(2026, 2, 16), 0)).isEqualTo(d(2026, 2, 16));
		assertThat(days.between(d(2026, 1, 31), d(2026, 2, 28))).isEqualTo(16);
	}

	@Test
	void theAdministratorKeepsTheCalendarAndNobodyElseChangesIt() {
		LocalDate day = d(2027, 1, 1);
		assertThat(days.isWorkingDay(day)).isTrue();
		asAdmin(() -> days.set(new WorkingDays.DayDraft(day, CalendarDay.Kind.HOLIDAY, "元旦")));
		assertThat(days.isWorkingDay(day)).isFalse();
		assertThat(days.plus(d(2026, 12, 31), 1)).isEqualTo(d(2027, 1, 4));
		// an adjusted working day is a weekend day
		assertThatThrownBy(() -> asAdmin(() -> days.set(new WorkingDays.DayDraft(d(2027, 1, 5), CalendarDay.Kind.WORKDAY, "调休"))))
			.isInstanceOf(FieldException.class);
		assertThatThrownBy(() -> SignInTestsAccess.asUser(accounts, "clerk", () -> days.set(new WorkingDays.DayDraft(d(2027, 1, 6),
				CalendarDay.Kind.HOLIDAY, "x")))).isInstanceOf(AccessDeniedException.class);
		asAdmin(() -> {
			days.remove(day);
			return null;
		});
		assertThat(days.isWorkingDay(day)).isTrue();
	}

	@Test
	void theCalendarThroughTheApiAndItsPage() throws Exception {
		var admin = Sessions.shared(mvc, "admin");
		var clerk = Sessions.signIn(mvc, "clerk");
		mvc.perform(get("/api/v1/calendar/2026").session(clerk)).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.day == '2026-02-14')].kind").value("WORKDAY"))
			.andExpect(jsonPath("$[?(@.day == '2026-10-01')].name").value("国庆节"));
		mvc.perform(get("/api/v1/calendar/plus").param("from", "2026-09-30").param("days", "1").session(clerk))
			.andExpect(jsonPath("$.due").value("2026-10-08"));
		mvc.perform(put("/api/v1/calendar").session(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"day\":\"2027-05-03\",\"kind\":\"HOLIDAY\",\"name\":\"劳动节\"}")).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/calendar").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"day\":\"2027-05-03\",\"kind\":\"HOLIDAY\",\"name\":\"\"}")).andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/calendar").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"day\":\"2027-05-03\",\"kind\":\"HOLIDAY\",\"name\":\"劳动节\"}")).andExpect(status().isOk());
		mvc.perform(get("/admin/calendar").param("year", "2027").session(admin)).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString("劳动节")));
		mvc.perform(get("/admin/calendar").session(clerk)).andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/calendar/2027-05-03").session(admin).with(csrf())).andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/calendar/2027-05-03").session(admin).with(csrf())).andExpect(status().isNotFound());
	}
}
