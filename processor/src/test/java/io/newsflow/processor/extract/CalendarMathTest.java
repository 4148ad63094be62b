package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;

class CalendarMathTest {

    /** A Tuesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2019, 9, 24);

    @Test
    void shouldNumberTheMonthWhenGivenANameOrAbbreviation() {
        assertThat(CalendarMath.month("September")).isEqualTo(9);
        assertThat(CalendarMath.month("Sept.")).isEqualTo(9);
        assertThat(CalendarMath.month("jan")).isEqualTo(1);
        assertThat(CalendarMath.month("Dec.")).isEqualTo(12);
        assertThat(CalendarMath.month("Xyz")).isZero();
        assertThat(CalendarMath.month("an")).isZero();
        assertThat(CalendarMath.month("nfe")).isZero();
    }

    @Test
    void shouldRefuseTheDateWhenTheDayDoesNotExist() {
        assertThat(CalendarMath.date(2019, 2, 29)).isNull();
        assertThat(CalendarMath.date(2020, 2, 29)).isEqualTo("2020-02-29");
        assertThat(CalendarMath.date(2019, 13, 1)).isNull();
    }

    @Test
    void shouldTakeTheLatestOccurrenceNotAfterTheReferenceWhenTheYearIsLeftOut() {
        assertThat(CalendarMath.dayWithoutYear(9, 24, REFERENCE)).isEqualTo("2019-09-24");
        assertThat(CalendarMath.dayWithoutYear(9, 25, REFERENCE)).isEqualTo("2018-09-25");
        assertThat(CalendarMath.dayWithoutYear(2, 29, REFERENCE)).isEqualTo("2016-02-29");
        assertThat(CalendarMath.dayWithoutYear(2, 31, REFERENCE)).isNull();
        assertThat(CalendarMath.dayWithoutYear(9, 1, null)).isNull();
    }

    @Test
    void shouldMoveToTheNamedYearWhenTheMonthHasAModifier() {
        assertThat(CalendarMath.monthWithoutYear(9, "", REFERENCE)).isEqualTo("2019-09");
        assertThat(CalendarMath.monthWithoutYear(10, "", REFERENCE)).isEqualTo("2018-10");
        assertThat(CalendarMath.monthWithoutYear(9, "last", REFERENCE)).isEqualTo("2018-09");
        assertThat(CalendarMath.monthWithoutYear(9, "next", REFERENCE)).isEqualTo("2020-09");
        assertThat(CalendarMath.monthWithoutYear(12, "this", REFERENCE)).isEqualTo("2019-12");
    }

    @Test
    void shouldCountBackToTheWeekdayWhenItIsNamedAlone() {
        assertThat(CalendarMath.weekday(DayOfWeek.TUESDAY, "", REFERENCE)).isEqualTo("2019-09-24");
        assertThat(CalendarMath.weekday(DayOfWeek.WEDNESDAY, "", REFERENCE)).isEqualTo("2019-09-18");
        assertThat(CalendarMath.weekday(DayOfWeek.TUESDAY, "last", REFERENCE)).isEqualTo("2019-09-17");
        assertThat(CalendarMath.weekday(DayOfWeek.TUESDAY, "next", REFERENCE)).isEqualTo("2019-10-01");
    }

    @Test
    void shouldShiftByTheUnitWhenGivenAnAmount() {
        assertThat(CalendarMath.shifted(REFERENCE, -2, "week")).isEqualTo("2019-09-10");
        assertThat(CalendarMath.shifted(REFERENCE, -9, "month")).isEqualTo("2018-12");
        assertThat(CalendarMath.shifted(REFERENCE, 1, "year")).isEqualTo("2020");
        assertThat(CalendarMath.shifted(null, 1, "day")).isNull();
    }

    @Test
    void shouldResolveEveryWeekdayFromEveryDayAsTheTemporalAdjustersDo() {
        for (int offset = 0; offset < 7; offset++) {
            LocalDate reference = REFERENCE.plusDays(offset);
            for (DayOfWeek day : DayOfWeek.values()) {
                assertThat(CalendarMath.weekday(day, "", reference))
                        .isEqualTo(reference.with(TemporalAdjusters.previousOrSame(day)).toString());
                assertThat(CalendarMath.weekday(day, "this", reference))
                        .isEqualTo(reference.with(TemporalAdjusters.previousOrSame(day)).toString());
                assertThat(CalendarMath.weekday(day, "last", reference))
                        .isEqualTo(reference.with(TemporalAdjusters.previous(day)).toString());
                assertThat(CalendarMath.weekday(day, "next", reference))
                        .isEqualTo(reference.with(TemporalAdjusters.next(day)).toString());
            }
        }
    }

    @Test
    void shouldNameTheWeekdayWhateverCaseItIsWrittenIn() {
        assertThat(CalendarMath.weekday("Wednesday")).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(CalendarMath.weekday("sunday")).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(CalendarMath.weekday("MONDAY")).isEqualTo(DayOfWeek.MONDAY);
    }
}
