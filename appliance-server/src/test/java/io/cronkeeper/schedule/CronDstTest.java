package io.cronkeeper.schedule;

import static io.cronkeeper.schedule.CronExpressionTest.at;
import static io.cronkeeper.schedule.CronExpressionTest.sequence;
import static io.cronkeeper.schedule.CronExpressionTest.times;
import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * cronsim's {@code TestDstTransitions}, case by case. DST changes in Europe/Riga in 2021: on
 * March 28 clocks jump from 02:59+02:00 to 04:00+03:00; on October 31 they fall back from
 * 03:59+03:00 to 03:00+02:00. Jobs with a fixed minute and hour follow Debian cron (a skipped
 * time runs at the end of the gap, a repeated time runs once); other jobs follow real time.
 */
class CronDstTest {

    private static final ZoneId RIGA = ZoneId.of("Europe/Riga");

    private static ZonedDateTime riga(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2021, month, day, hour, minute, 0, 0, RIGA);
    }

    private static void assertNext(String expression, ZonedDateTime start, String... expected) {
        assertThat(sequence(expression, start, expected.length)).isEqualTo(times(expected));
    }

    @Test
    void everyHourMar() {
        assertNext("0 * * * *", riga(3, 28, 1, 30), "2021-03-28T02:00:00+02:00", "2021-03-28T04:00:00+03:00");
    }

    @Test
    void everyHourOct() {
        assertNext("0 * * * *", riga(10, 31, 1, 30), "2021-10-31T02:00:00+03:00", "2021-10-31T03:00:00+03:00",
                "2021-10-31T03:00:00+02:00", "2021-10-31T04:00:00+02:00");
    }

    @Test
    void every30MinutesMar() {
        assertNext("*/30 * * * *", riga(3, 28, 2, 10), "2021-03-28T02:30:00+02:00", "2021-03-28T04:00:00+03:00",
                "2021-03-28T04:30:00+03:00");
    }

    @Test
    void every30MinutesOct() {
        assertNext("*/30 * * * *", riga(10, 31, 2, 10), "2021-10-31T02:30:00+03:00", "2021-10-31T03:00:00+03:00",
                "2021-10-31T03:30:00+03:00", "2021-10-31T03:00:00+02:00", "2021-10-31T03:30:00+02:00",
                "2021-10-31T04:00:00+02:00");
    }

    @Test
    void every15MinutesMar() {
        assertNext("*/15 * * * *", riga(3, 28, 2, 40), "2021-03-28T02:45:00+02:00", "2021-03-28T04:00:00+03:00");
    }

    @Test
    void every15MinutesOct() {
        assertNext("*/15 * * * *", riga(10, 31, 2, 40), "2021-10-31T02:45:00+03:00", "2021-10-31T03:00:00+03:00",
                "2021-10-31T03:15:00+03:00", "2021-10-31T03:30:00+03:00", "2021-10-31T03:45:00+03:00",
                "2021-10-31T03:00:00+02:00", "2021-10-31T03:15:00+02:00", "2021-10-31T03:30:00+02:00",
                "2021-10-31T03:45:00+02:00", "2021-10-31T04:00:00+02:00");
    }

    @Test
    void every2HoursMar() {
        assertNext("0 */2 * * *", riga(3, 28, 1, 30), "2021-03-28T02:00:00+02:00", "2021-03-28T04:00:00+03:00",
                "2021-03-28T06:00:00+03:00");
    }

    @Test
    void every2HoursOct() {
        assertNext("0 */2 * * *", riga(10, 31, 1, 30), "2021-10-31T02:00:00+03:00", "2021-10-31T04:00:00+02:00",
                "2021-10-31T06:00:00+02:00");
    }

    @Test
    void thirtyMinutesPastEvery2HoursMar() {
        assertNext("30 */2 * * *", riga(3, 28, 1, 30), "2021-03-28T02:30:00+02:00", "2021-03-28T04:30:00+03:00");
    }

    @Test
    void thirtyMinutesPastEvery2HoursOct() {
        assertNext("30 */2 * * *", riga(10, 31, 1, 30), "2021-10-31T02:30:00+03:00", "2021-10-31T04:30:00+02:00");
    }

    @Test
    void every3HoursOct() {
        assertNext("0 */3 * * *", riga(10, 31, 1, 30), "2021-10-31T03:00:00+03:00", "2021-10-31T03:00:00+02:00",
                "2021-10-31T06:00:00+02:00");
    }

    @Test
    void at1To5ListedMar() {
        assertNext("0 1,2,3,4,5 * * *", riga(3, 28, 1, 30), "2021-03-28T02:00:00+02:00",
                "2021-03-28T04:00:00+03:00", "2021-03-28T05:00:00+03:00");
    }

    @Test
    void at1To5ListedOct() {
        assertNext("0 1,2,3,4,5 * * *", riga(10, 31, 1, 30), "2021-10-31T02:00:00+03:00",
                "2021-10-31T03:00:00+03:00", "2021-10-31T04:00:00+02:00");
    }

    @Test
    void thirtyPast1To5ListedMar() {
        assertNext("30 1,2,3,4,5 * * *", riga(3, 28, 1, 30), "2021-03-28T02:30:00+02:00",
                "2021-03-28T04:00:00+03:00", "2021-03-28T04:30:00+03:00");
    }

    @Test
    void thirtyPast1To5ListedOct() {
        assertNext("30 1,2,3,4,5 * * *", riga(10, 31, 1, 30), "2021-10-31T02:30:00+03:00",
                "2021-10-31T03:30:00+03:00", "2021-10-31T04:30:00+02:00");
    }

    @Test
    void at2Mar() {
        assertNext("0 2 * * *", riga(3, 28, 1, 30), "2021-03-28T02:00:00+02:00", "2021-03-29T02:00:00+03:00");
    }

    @Test
    void at2Oct() {
        assertNext("0 2 * * *", riga(10, 31, 1, 30), "2021-10-31T02:00:00+03:00", "2021-11-01T02:00:00+02:00");
    }

    @Test
    void at3Mar() {
        assertNext("0 3 * * *", riga(3, 27, 1, 30), "2021-03-27T03:00:00+02:00", "2021-03-28T04:00:00+03:00",
                "2021-03-29T03:00:00+03:00");
    }

    @Test
    void at3Oct() {
        assertNext("0 3 * * *", riga(10, 31, 1, 30), "2021-10-31T03:00:00+03:00", "2021-11-01T03:00:00+02:00");
    }

    @Test
    void at4Mar() {
        assertNext("0 4 * * *", riga(3, 27, 1, 30), "2021-03-27T04:00:00+02:00", "2021-03-28T04:00:00+03:00",
                "2021-03-29T04:00:00+03:00");
    }

    @Test
    void at4Oct() {
        assertNext("0 4 * * *", riga(10, 30, 1, 30), "2021-10-30T04:00:00+03:00", "2021-10-31T04:00:00+02:00",
                "2021-11-01T04:00:00+02:00");
    }

    @Test
    void everyHourEnumeratedMar() {
        assertNext("0 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23 * * *", riga(3, 28, 1, 30),
                "2021-03-28T02:00:00+02:00", "2021-03-28T04:00:00+03:00", "2021-03-28T05:00:00+03:00");
    }

    @Test
    void everyHourEnumeratedOct() {
        assertNext("0 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23 * * *", riga(10, 31, 1, 30),
                "2021-10-31T02:00:00+03:00", "2021-10-31T03:00:00+03:00", "2021-10-31T04:00:00+02:00");
    }

    @Test
    void everyOtherHourEnumeratedMar() {
        assertNext("0 1,3,5,7,9,11,13,15,17,19,21,23 * * *", riga(3, 28, 0, 30), "2021-03-28T01:00:00+02:00",
                "2021-03-28T04:00:00+03:00", "2021-03-28T05:00:00+03:00");
    }

    @Test
    void everyOtherHourEnumeratedOct() {
        assertNext("0 1,3,5,7,9,11,13,15,17,19,21,23 * * *", riga(10, 31, 0, 30), "2021-10-31T01:00:00+03:00",
                "2021-10-31T03:00:00+03:00", "2021-10-31T05:00:00+02:00");
    }

    @Test
    void at1To5RangeMar() {
        assertNext("0 1-5 * * *", riga(3, 28, 1, 30), "2021-03-28T02:00:00+02:00", "2021-03-28T04:00:00+03:00",
                "2021-03-28T05:00:00+03:00");
    }

    @Test
    void at1To5RangeOct() {
        assertNext("0 1-5 * * *", riga(10, 31, 1, 30), "2021-10-31T02:00:00+03:00", "2021-10-31T03:00:00+03:00",
                "2021-10-31T04:00:00+02:00");
    }

    @Test
    void at315Mar() {
        assertNext("15 3 * * *", riga(3, 27, 0, 0), "2021-03-27T03:15:00+02:00", "2021-03-28T04:00:00+03:00",
                "2021-03-29T03:15:00+03:00");
    }

    @Test
    void at315Oct() {
        assertNext("15 3 * * *", riga(10, 30, 0, 0), "2021-10-30T03:15:00+03:00", "2021-10-31T03:15:00+03:00",
                "2021-11-01T03:15:00+02:00");
    }

    @Test
    void everyMinuteMar() {
        assertNext("* * * * *", riga(3, 28, 2, 58), "2021-03-28T02:59:00+02:00", "2021-03-28T04:00:00+03:00");
    }

    @Test
    void everyMinuteOct() {
        // 03:58 is ambiguous; like cronsim's fold=0 this is its first pass, +03:00.
        assertNext("* * * * *", riga(10, 31, 3, 58), "2021-10-31T03:59:00+03:00", "2021-10-31T03:00:00+02:00",
                "2021-10-31T03:01:00+02:00");
    }

    @Test
    void everyMinuteFrom1To6Mar() {
        assertNext("* 1-6 * * *", riga(3, 28, 2, 58), "2021-03-28T02:59:00+02:00", "2021-03-28T04:00:00+03:00");
    }

    @Test
    void everyMinuteFrom1To6Oct() {
        assertNext("* 1-6 * * *", riga(10, 31, 3, 58), "2021-10-31T03:59:00+03:00", "2021-10-31T03:00:00+02:00",
                "2021-10-31T03:01:00+02:00");
    }

    @Test
    void referenceCaseHourlyJobThroughTheRepeatedHour() {
        // Healthchecks reference §3.2: last ping 00:55 UTC (03:55+03:00), next 01:15 UTC (03:15+02:00).
        var next = CronExpression.parse("15 * * * *").nextAfter(at("2021-10-31T00:55:00Z", "Europe/Riga"));
        assertThat(next.orElseThrow().toInstant()).isEqualTo(Instant.parse("2021-10-31T01:15:00Z"));
    }

    @Test
    void fixedTimeJobPingedInTheSecondPassIsDueTomorrow() {
        // The 03:45 job ran at 03:45+03:00 and does not run again at 03:45+02:00. cronsim, searching
        // from the second pass, names the first-pass 03:45 that is already over; the next one is tomorrow.
        var next = CronExpression.parse("45 3 * * *").nextAfter(at("2021-10-31T01:30:00Z", "Europe/Riga"));
        assertThat(next.orElseThrow().format(ISO_OFFSET_DATE_TIME)).isEqualTo("2021-11-01T03:45:00+02:00");
    }

    @Test
    void clocksFallingBackAcrossMidnightStillGiveAnAnswer() {
        // St. John's fell back from 00:01-02:30 to 23:01-03:30 on 2005-10-30 (a Sunday): cronsim's
        // search circles between Saturday and Sunday forever. The answer is the first :22 on Sunday.
        var next = CronExpression.parse("22 * * * */7").nextAfter(at("2005-10-29T15:27:51Z", "America/St_Johns"));
        assertThat(next.orElseThrow().toInstant()).isEqualTo(Instant.parse("2005-10-30T03:52:00Z"));
    }
}
