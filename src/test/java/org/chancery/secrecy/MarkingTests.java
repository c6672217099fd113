package org.chancery.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.chancery.kernel.FieldException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Markings are read and written one way, and malformed or out-of-range ones are refused with the reason. */
class MarkingTests {

	static final LocalDate ISSUED = LocalDate.of(2026, 3, 1);

	@ParameterizedTest
	@CsvSource({ "机密★5年, SECRET, 2031-03-01", "秘密★6个月, CONFIDENTIAL, 2026-09-01", "秘密★2030年6月30日, CONFIDENTIAL, 2030-06-30",
			"绝密★30年, TOP_SECRET, 2056-03-01", "秘密★10年, CONFIDENTIAL, 2036-03-01" })
	void roundTrips(String text, Level level, LocalDate declassifiesOn) {
		Marking marking = Marking.parse(text, ISSUED, "中共中央办公厅", false);
		assertThat(marking.level()).isEqualTo(level);
		assertThat(marking.text()).isEqualTo(text);
		assertThat(marking.declassifiesOn()).contains(declassifiesOn);
		assertThat(Marking.parse(marking.text(), ISSUED, "中共中央办公厅", false)).isEqualTo(marking);
	}

	@Test
	void aConditionRoundTripsAndHasNoDate() {
		Marking marking = Marking.parse("绝密★解密条件：工程竣工验收后", ISSUED, "BGT", false);
		assertThat(marking.period()).isEqualTo(new Period.Condition("工程竣工验收后"));
		assertThat(marking.text()).isEqualTo("绝密★解密条件：工程竣工验收后");
		assertThat(marking.declassifiesOn()).isEmpty();
	}

	@Test
	void aLevelWithoutAPeriodTakesTheMaximum() {
		assertThat(Marking.parse("机密", ISSUED, "BGT", false).text()).isEqualTo("机密★20年");
		assertThat(Marking.parse("绝密", ISSUED, "BGT", false).declassifiesOn()).contains(ISSUED.plusYears(30));
	}

	@Test
	void unclassifiedAndInternalCarryNoPeriod() {
		assertThat(Marking.parse("", ISSUED, "BGT", false).level()).isEqualTo(Level.UNCLASSIFIED);
		assertThat(Marking.parse("", ISSUED, "BGT", false).text()).isEmpty();
		assertThat(Marking.parse("内部", ISSUED, "BGT", false).text()).isEqualTo("内部");
		assertRefused("内部★1年", "marking.noPeriodBelowConfidential");
	}

	@ParameterizedTest
	@CsvSource({ "机秘★5年, marking.unknownLevel", "SECRET★5年, marking.unknownLevel", "机密★05年, marking.badPeriod",
			"机密★0年, marking.badPeriod", "机密★五年, marking.badPeriod", "机密★5 年, marking.badPeriod", "机密★, marking.badPeriod",
			"秘密★12个月, marking.monthsRange", "秘密★2030年2月30日, marking.badDate", "秘密★2030年02月03日, marking.badPeriod",
			"秘密★2026年3月1日, marking.dateNotAfterStart", "秘密★2025年1月1日, marking.dateNotAfterStart", "机密★21年, marking.aboveMaximum",
			"秘密★11年, marking.aboveMaximum", "秘密★2040年1月1日, marking.aboveMaximum", "绝密★31年, marking.aboveMaximum",
			"机密★5年★3年, marking.badPeriod", "机密☆5年, marking.unknownLevel" })
	void refusesMalformedOrOutOfRangeMarkings(String text, String reason) {
		assertRefused(text, reason);
	}

	@Test
	void aPeriodAboveTheMaximumNeedsAnExplicitExtension() {
		assertThat(Marking.parse("机密★25年", ISSUED, "BGT", true).declassifiesOn()).contains(ISSUED.plusYears(25));
	}

	@Test
	void westernScheme() {
		Marking marking = Marking.parse("秘密★2030年6月30日", ISSUED, "Director, General Office", false);
		assertThat(marking.banner()).isEqualTo("CONFIDENTIAL");
		assertThat(marking.level().portionMark()).isEqualTo("(C)");
		assertThat(Level.TOP_SECRET.portionMark()).isEqualTo("(TS)");
		assertThat(marking.classificationBlock("1.4(c)")).isEqualTo(
				"Classified By: Director, General Office\nReason: 1.4(c)\nDeclassify On: 20300630");
	}

	private static void assertRefused(String text, String reason) {
		assertThatThrownBy(() -> Marking.parse(text, ISSUED, "BGT", false)).isInstanceOf(FieldException.class)
			.satisfies(e -> assertThat(((FieldException) e).messageKey()).isEqualTo(reason))
			.satisfies(e -> assertThat(((FieldException) e).field()).isEqualTo("marking"));
	}
}
