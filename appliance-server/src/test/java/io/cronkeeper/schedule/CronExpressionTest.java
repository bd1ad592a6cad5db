package io.cronkeeper.schedule;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * cronsim's {@code TestIterator} case by case (cronsim's naive datetimes are UTC here), the
 * Healthchecks reference cases, and the contract of {@link CronExpression#nextAfter}.
 */
class CronExpressionTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    /** Successive fire times, each searched from the one before, as cronsim's iterator yields them. */
    static List<OffsetDateTime> sequence(String expression, ZonedDateTime start, int count) {
        var cron = CronExpression.parse(expression);
        var times = new ArrayList<OffsetDateTime>();
        ZonedDateTime at = start;
        for (int i = 0; i < count; i++) {
            at = cron.nextAfter(at).orElseThrow();
            times.add(at.toOffsetDateTime());
        }
        return times;
    }

    /** Compared with {@code equals}, so the offset counts: 03:00+03:00 is not 03:00+02:00. */
    static List<OffsetDateTime> times(String... isoTimes) {
        return Arrays.stream(isoTimes).map(OffsetDateTime::parse).toList();
    }

    private static List<OffsetDateTime> utc(String... localTimes) {
        return Arrays.stream(localTimes)
                .map(t -> LocalDateTime.parse(t).atOffset(ZoneOffset.UTC)).toList();
    }

    @Test
    void handlesL() {
        assertThat(sequence("1 1 L * *", NOW, 1)).isEqualTo(utc("2020-01-31T01:01:00"));
    }

    @Test
    void handlesLw() {
        assertThat(sequence("1 1 LW 5 *", NOW, 1)).isEqualTo(utc("2020-05-29T01:01:00"));
    }

    @Test
    void handlesLastFriday() {
        assertThat(sequence("1 1 * * 5L", NOW, 12)).isEqualTo(utc(
                "2020-01-31T01:01:00", "2020-02-28T01:01:00", "2020-03-27T01:01:00",
                "2020-04-24T01:01:00", "2020-05-29T01:01:00", "2020-06-26T01:01:00",
                "2020-07-31T01:01:00", "2020-08-28T01:01:00", "2020-09-25T01:01:00",
                "2020-10-30T01:01:00", "2020-11-27T01:01:00", "2020-12-25T01:01:00"));
    }

    @Test
    void handlesLastSundayTwoNotations() {
        assertThat(sequence("1 1 * * 0L", NOW, 1)).isEqualTo(utc("2020-01-26T01:01:00"));
        assertThat(sequence("1 1 * * 7L", NOW, 1)).isEqualTo(utc("2020-01-26T01:01:00"));
    }

    @Test
    void handlesNthWeekday() {
        assertThat(sequence("1 1 * * 1#2", NOW, 1)).isEqualTo(utc("2020-01-13T01:01:00"));
    }

    @Test
    void handlesDowStar() {
        // "First Sunday of the month": the day-of-week field starts with a star, so AND.
        assertThat(sequence("1 1 1-7 * */7", NOW, 4)).isEqualTo(utc(
                "2020-01-05T01:01:00", "2020-02-02T01:01:00", "2020-03-01T01:01:00", "2020-04-05T01:01:00"));
    }

    @Test
    void handlesDomStar() {
        // "First Monday of the month"
        assertThat(sequence("1 1 */100,1-7 * MON", NOW, 4)).isEqualTo(utc(
                "2020-01-06T01:01:00", "2020-02-03T01:01:00", "2020-03-02T01:01:00", "2020-04-06T01:01:00"));
    }

    @Test
    void ordsDayOfMonthAndDayOfWeekWhenNeitherStartsWithAStar() {
        // The 13th, and also every Friday.
        assertThat(sequence("0 0 13 * FRI", NOW, 3)).isEqualTo(utc(
                "2020-01-03T00:00:00", "2020-01-10T00:00:00", "2020-01-13T00:00:00"));
    }

    @Test
    void handlesNoMatches() {
        // The first day of the month *and* the fourth Monday of the month never coincide.
        assertThat(CronExpression.parse("1 1 */100 * MON#4").nextAfter(NOW)).isEmpty();
    }

    @Test
    void handlesEveryXWeekdays() {
        // "every 3rd weekday" means "every 3rd weekday starting from Sunday"
        assertThat(sequence("1 1 * * */3", NOW, 4)).isEqualTo(utc(
                "2020-01-01T01:01:00", "2020-01-04T01:01:00", "2020-01-05T01:01:00", "2020-01-08T01:01:00"));
    }

    @Test
    void findsRareDatesDecadesApart() {
        // cronsim's README example: February with five Mondays.
        assertThat(sequence("0 0 * 2 MON#5", NOW, 10)).isEqualTo(utc(
                "2044-02-29T00:00:00", "2072-02-29T00:00:00", "2112-02-29T00:00:00",
                "2140-02-29T00:00:00", "2168-02-29T00:00:00", "2196-02-29T00:00:00",
                "2208-02-29T00:00:00", "2236-02-29T00:00:00", "2264-02-29T00:00:00",
                "2292-02-29T00:00:00"));
    }

    @Test
    void s4DailyAtMidnightUtc() {
        var next = CronExpression.parse("0 0 * * *").nextAfter(at("2000-01-01T00:00:00Z", "UTC"));
        assertThat(next).contains(at("2000-01-02T00:00:00Z", "UTC"));
    }

    @Test
    void s7DailyAtTenInBrisbane() {
        var next = CronExpression.parse("0 10 * * *").nextAfter(at("2000-01-01T00:00:00Z", "Australia/Brisbane"));
        assertThat(next.orElseThrow().toInstant()).isEqualTo(Instant.parse("2000-01-02T00:00:00Z"));
    }

    @Test
    void s16HourlyFromMidnight() {
        var next = CronExpression.parse("0 * * * *").nextAfter(at("2000-01-01T00:00:00Z", "UTC"));
        assertThat(next.orElseThrow().toInstant()).isEqualTo(Instant.parse("2000-01-01T01:00:00Z"));
    }

    @Test
    void pingAMinuteEarlyCountsTowardThatSlot() {
        var next = CronExpression.parse("0 0 * * *").nextAfter(at("2000-01-01T23:59:00Z", "UTC"));
        assertThat(next.orElseThrow().toInstant()).isEqualTo(Instant.parse("2000-01-02T00:00:00Z"));
    }

    @Test
    void isStrictlyAfterAFireTime() {
        var next = CronExpression.parse("*/15 * * * *").nextAfter(at("2020-01-01T10:15:00Z", "UTC"));
        assertThat(next.orElseThrow().toInstant()).isEqualTo(Instant.parse("2020-01-01T10:30:00Z"));
    }

    @Test
    void keepsSecondsAndDropsFractions() {
        var cron = CronExpression.parse("* * * * *");
        assertThat(cron.nextAfter(at("2020-01-01T10:15:30Z", "UTC")).orElseThrow().toInstant())
                .isEqualTo(Instant.parse("2020-01-01T10:16:00Z"));
        assertThat(cron.nextAfter(at("2020-01-01T10:15:59.999999999Z", "UTC")).orElseThrow().toInstant())
                .isEqualTo(Instant.parse("2020-01-01T10:16:00Z"));
    }

    @Test
    void answersInTheZoneOfTheMoment() {
        var after = at("2020-06-01T14:00:00Z", "America/New_York");
        var next = CronExpression.parse("0 9 * * *").nextAfter(after).orElseThrow();
        assertThat(next.getZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(next.format(ISO_OFFSET_DATE_TIME)).isEqualTo("2020-06-02T09:00:00-04:00");
    }

    @Test
    void keepsTheExpressionText() {
        var cron = CronExpression.parse("0 9 * * MON-FRI");
        assertThat(cron.expression()).isEqualTo("0 9 * * MON-FRI");
        assertThat(cron).isEqualTo(CronExpression.parse("0 9 * * MON-FRI")).hasToString("0 9 * * MON-FRI");
    }

    static ZonedDateTime at(String instant, String zone) {
        return Instant.parse(instant).atZone(ZoneId.of(zone));
    }
}
