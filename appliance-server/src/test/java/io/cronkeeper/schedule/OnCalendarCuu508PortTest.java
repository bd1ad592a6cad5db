package io.cronkeeper.schedule;

import static io.cronkeeper.schedule.OnCalendarExpressionTest.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases of cuu508/oncalendar's tests (the library Healthchecks uses), as behaviour: the
 * library checks its parsed field sets, we check the elapses they lead to. Where the library and
 * systemd disagree we follow systemd, and say so: {@code *:*\/15} and {@code *:*:*\/5} (systemd
 * rejects a repetition of {@code *}), {@code 2-30} and {@code 4-31} (systemd accepts them; they
 * never elapse).
 */
class OnCalendarCuu508PortTest {
    private static final String NOW = "2020-01-01T00:00:00Z";

    private static void assertInvalid(String expression) {
        assertThatThrownBy(() -> OnCalendarExpression.parse(expression)).isInstanceOf(InvalidScheduleException.class);
    }

    @Test
    void parsesStars() {
        assertThat(next("*-*-* *:*:*", NOW, 2)).containsExactly("2020-01-01T00:00:01Z", "2020-01-01T00:00:02Z");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mon", "MON", "Monday", "MONDAY"})
    void parsesWeekday(String weekday) {
        assertThat(next(weekday, NOW, 2)).containsExactly("2020-01-06T00:00Z", "2020-01-13T00:00Z");
    }

    @Test
    void parsesWeekdayWithTrailingComma() {
        assertThat(next("Mon, 12:34", NOW, 2)).containsExactly("2020-01-06T12:34Z", "2020-01-13T12:34Z");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mon..Tue", "Mon,Tue", "Mon-Tue"})
    void parsesWeekdayInterval(String weekdays) {
        assertThat(next(weekdays, NOW, 3)).containsExactly("2020-01-06T00:00Z", "2020-01-07T00:00Z", "2020-01-13T00:00Z");
    }

    @Test
    void parsesDate() {
        assertThat(next("2023-11-30", NOW, 2)).containsExactly("2023-11-30T00:00Z", "none");
    }

    @Test
    void handlesOmittedYear() {
        assertThat(next("11-30", NOW, 2)).containsExactly("2020-11-30T00:00Z", "2021-11-30T00:00Z");
    }

    @Test
    void handlesTwoDigitYears() {
        assertThat(next("69-*-*", NOW, 1)).containsExactly("2069-01-01T00:00Z");
        assertThat(next("70-*-*", "1969-12-31T00:00:00Z", 1)).containsExactly("1970-01-01T00:00Z");
        assertThat(next("70-*-*", NOW, 1)).containsExactly("none");
    }

    @Test
    void parsesTime() {
        assertThat(next("11:22:33", NOW, 2)).containsExactly("2020-01-01T11:22:33Z", "2020-01-02T11:22:33Z");
        assertThat(next("11:22", NOW, 1)).containsExactly("2020-01-01T11:22Z");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*:1,2,3", "*:1..3"})
    void parsesListAndInterval(String expression) {
        assertThat(next(expression, NOW, 4))
                .containsExactly("2020-01-01T00:01Z", "2020-01-01T00:02Z", "2020-01-01T00:03Z", "2020-01-01T01:01Z");
    }

    @Test
    void parsesTwoIntervals() {
        assertThat(next("*:1..3,7..9:*", "2020-01-01T00:03:58Z", 3))
                .containsExactly("2020-01-01T00:03:59Z", "2020-01-01T00:07Z", "2020-01-01T00:07:01Z");
    }

    @Test
    void parsesStepFromZeroButNotFromStar() {
        // The library accepts *:*/15; systemd does not. 0/15 is systemd's way to say it.
        assertInvalid("*:*/15");
        assertThat(next("*:0/15", NOW, 4))
                .containsExactly("2020-01-01T00:15Z", "2020-01-01T00:30Z", "2020-01-01T00:45Z", "2020-01-01T01:00Z");
    }

    @Test
    void parsesIntervalWithStep() {
        assertThat(next("*:0..10/2", "2020-01-01T00:07:00Z", 3))
                .containsExactly("2020-01-01T00:08Z", "2020-01-01T00:10Z", "2020-01-01T01:00Z");
    }

    @Test
    void parsesStartWithStep() {
        assertThat(next("*:5/15", NOW, 5)).containsExactly(
                "2020-01-01T00:05Z", "2020-01-01T00:20Z", "2020-01-01T00:35Z", "2020-01-01T00:50Z", "2020-01-01T01:05Z");
    }

    static Stream<List<String>> negativeDays() {
        return Stream.of(
                List.of("*-*~1", "2020-01-31T00:00Z", "2020-02-29T00:00Z", "2020-03-31T00:00Z"),
                List.of("*~1", "2020-01-31T00:00Z", "2020-02-29T00:00Z", "2020-03-31T00:00Z"),
                List.of("*-*~1,8", "2020-01-24T00:00Z", "2020-01-31T00:00Z", "2020-02-22T00:00Z"),
                List.of("*-*~1..3", "2020-01-29T00:00Z", "2020-01-30T00:00Z", "2020-01-31T00:00Z"),
                List.of("*-*~1..2,4..5", "2020-01-27T00:00Z", "2020-01-28T00:00Z", "2020-01-30T00:00Z"),
                List.of("*-*~1..5/2", "2020-01-27T00:00Z", "2020-01-29T00:00Z", "2020-01-31T00:00Z"),
                List.of("*-*~3/2", "2020-01-29T00:00Z", "2020-01-31T00:00Z", "2020-02-27T00:00Z"));
    }

    @ParameterizedTest
    @MethodSource("negativeDays")
    void parsesDaysFromTheEndOfTheMonth(List<String> row) {
        assertThat(next(row.getFirst(), NOW, 3)).containsExactlyElementsOf(row.subList(1, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"minutely", "Minutely", "MINUTELY", "MiNuTeLY"})
    void parsesSpecialExpression(String expression) {
        assertThat(next(expression, NOW, 2)).containsExactly("2020-01-01T00:01Z", "2020-01-01T00:02Z");
    }

    @Test
    void rejectsEmptyStringAndFourComponents() {
        assertInvalid("");
        assertInvalid("Mon *-*-* *:*:* surprise");
    }

    @Test
    void rejectsBadValues() {
        List<String> patterns = List.of("%s *-*-* *:*:*", "%s-*-*", "*-%s-*", "*-*-%s", "*-*~%s", "%s:*:*", "*:%s:*", "*:*:%s");
        List<String> bad = List.of("-1", "1000", "ABC", "1-1", "1:1", "Mon/1", "~1");
        for (String pattern : patterns) {
            for (String value : bad) {
                assertInvalid(pattern.formatted(value));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"*-*-5..1", "*:1..1_0", "*:*/0", "1-32", "* 1-1", "1~29"})
    void rejectsWhatBothReject(String expression) {
        assertInvalid(expression);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2-30", "4-31"})
    void acceptsDaysSystemdAcceptsButThatNeverCome(String expression) {
        // The library rejects these; systemd accepts them and never elapses.
        assertThat(next(expression, NOW, 1)).containsExactly("none");
    }

    @Test
    void handlesEveryFifthSecond() {
        assertInvalid("*:*:*/5");
        assertThat(next("*:*:0/5", NOW, 2)).containsExactly("2020-01-01T00:00:05Z", "2020-01-01T00:00:10Z");
    }

    @Test
    void handlesEveryMinute() {
        assertThat(next("*:*", NOW, 2)).containsExactly("2020-01-01T00:01Z", "2020-01-01T00:02Z");
    }

    @Test
    void handlesEveryFeb29Monday() {
        assertThat(next("Mon 2-29", NOW, 2)).containsExactly("2044-02-29T00:00Z", "2072-02-29T00:00Z");
    }

    @Test
    void handlesLastSundayOfEveryMonth() {
        assertThat(next("Sun *~7/1", NOW, 3)).containsExactly("2020-01-26T00:00Z", "2020-02-23T00:00Z", "2020-03-29T00:00Z");
    }

    @Test
    void handlesNoOccurrencesAndMidnight() {
        assertThat(next("2019-01-01", NOW, 1)).containsExactly("none");
        assertThat(next("00:00", "2020-01-01T01:00:00Z", 1)).containsExactly("2020-01-02T00:00Z");
    }

    @Test
    void preservesTimezone() {
        assertThat(next("*:*", "2020-01-01T00:00:00+02:00[Europe/Riga]", 2))
                .containsExactly("2020-01-01T00:01+02:00", "2020-01-01T00:02+02:00");
    }

    @Test
    void handlesSpringDst() {
        assertThat(next("*-*-29 3:30", "2020-01-01T00:00:00+02:00[Europe/Riga]", 3))
                .containsExactly("2020-01-29T03:30+02:00", "2020-02-29T03:30+02:00", "2020-04-29T03:30+03:00");
    }

    @Test
    void handlesAutumnDst() {
        assertThat(next("*-*-25 3:30", "2020-10-01T00:00:00+03:00[Europe/Riga]", 3))
                .containsExactly("2020-10-25T03:30+03:00", "2020-11-25T03:30+02:00", "2020-12-25T03:30+02:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12:34", "*-*-* 12:34"})
    void handlesNoTimezone(String expression) {
        assertThat(next(expression, NOW, 2)).containsExactly("2020-01-01T12:34Z", "2020-01-02T12:34Z");
    }

    @Test
    void parsesTimezoneFromSchedule() {
        assertThat(next("12:34 Europe/Riga", NOW, 2)).containsExactly("2020-01-01T10:34Z", "2020-01-02T10:34Z");
    }

    @Test
    void preservesLocalTimezone() {
        assertThat(next("12:34 Europe/Riga", "2020-01-01T00:00:00+01:00[Europe/Berlin]", 2))
                .containsExactly("2020-01-01T11:34+01:00", "2020-01-02T11:34+01:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12:34 Europe/Surprise", "12:34 Europe/", "Europe/Riga", " Europe/Riga", "Europe/Riga "})
    void rejectsBadOrLoneTimezone(String expression) {
        assertInvalid(expression);
    }

    @Test
    void lastFieldThatIsNoZoneIsParsedAsDateOrTime() {
        assertThat(next("*-* *:*", NOW, 1)).containsExactly("2020-01-01T00:01Z");
        assertThat(next("Mon 1-10", NOW, 1)).containsExactly("2022-01-10T00:00Z");
        assertThat(next("Mon *-10", NOW, 1)).containsExactly("2020-02-10T00:00Z");
    }
}
