package io.cronkeeper.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** cronsim's {@code TestParse}, case by case: what each field parses into. */
class CronParseTest {

    private static FieldValues minutes(String expression) {
        return CronExpression.parse(expression).minutes();
    }

    private static FieldValues days(String expression) {
        return CronExpression.parse(expression).dayRule().days();
    }

    private static FieldValues weekdays(String expression) {
        return CronExpression.parse(expression).dayRule().weekdays();
    }

    @Test
    void parsesStars() {
        var cron = CronExpression.parse("* * * * *");
        assertThat(cron.minutes()).isEqualTo(FieldValues.range(0, 59, 1));
        assertThat(cron.hours()).isEqualTo(FieldValues.range(0, 23, 1));
        assertThat(cron.dayRule().days()).isEqualTo(FieldValues.range(1, 31, 1));
        assertThat(cron.months()).isEqualTo(FieldValues.range(1, 12, 1));
        assertThat(cron.dayRule().weekdays()).isEqualTo(FieldValues.range(0, 7, 1));
    }

    @Test
    void parsesNumbers() {
        assertThat(minutes("1 * * * *")).isEqualTo(FieldValues.of(1));
    }

    @Test
    void parsesWeekday() {
        assertThat(weekdays("* * * * 1")).isEqualTo(FieldValues.of(1));
    }

    @Test
    void handlesZeroAsSunday() {
        assertThat(weekdays("* * * * 0")).isEqualTo(FieldValues.of(0));
    }

    @Test
    void parsesList() {
        assertThat(minutes("1,2,3 * * * *")).isEqualTo(FieldValues.of(1, 2, 3));
    }

    @Test
    void parsesInterval() {
        assertThat(minutes("1-3 * * * *")).isEqualTo(FieldValues.of(1, 2, 3));
    }

    @Test
    void parsesTwoIntervals() {
        assertThat(minutes("1-3,7-9 * * * *")).isEqualTo(FieldValues.of(1, 2, 3, 7, 8, 9));
    }

    @Test
    void parsesStep() {
        assertThat(minutes("*/15 * * * *")).isEqualTo(FieldValues.of(0, 15, 30, 45));
    }

    @Test
    void parsesIntervalWithStep() {
        assertThat(minutes("0-10/2 * * * *")).isEqualTo(FieldValues.of(0, 2, 4, 6, 8, 10));
    }

    @Test
    void parsesStartWithStep() {
        assertThat(minutes("5/15 * * * *")).isEqualTo(FieldValues.of(5, 20, 35, 50));
    }

    @Test
    void treatsSingleValueRangeWithStepAsStart() {
        // cronsim quirk: "5-5" is one item, and one item before a step is a start value.
        assertThat(minutes("50-50/3 * * * *")).isEqualTo(FieldValues.of(50, 53, 56, 59));
    }

    @Test
    void parsesDayL() {
        assertThat(days("* * L * *")).isEqualTo(FieldValues.LAST);
    }

    @Test
    void parsesDayLw() {
        assertThat(days("* * LW * *")).isEqualTo(FieldValues.LAST_WEEKDAY);
    }

    @Test
    void parsesDayLowercaseL() {
        assertThat(days("* * l * *")).isEqualTo(FieldValues.LAST);
    }

    @Test
    void parsesDayLowercaseLw() {
        assertThat(days("* * lw * *")).isEqualTo(FieldValues.LAST_WEEKDAY);
    }

    @Test
    void parsesUnrestrictedDayRestrictedDow() {
        var rule = CronExpression.parse("* * * * 1").dayRule();
        assertThat(rule.days()).isEqualTo(FieldValues.range(1, 31, 1));
        assertThat(rule.weekdays()).isEqualTo(FieldValues.of(1));
        assertThat(rule.and()).isTrue();
    }

    @Test
    void parsesRestrictedDayUnrestrictedDow() {
        var rule = CronExpression.parse("* * 1 * *").dayRule();
        assertThat(rule.days()).isEqualTo(FieldValues.of(1));
        assertThat(rule.weekdays()).isEqualTo(FieldValues.of(0, 1, 2, 3, 4, 5, 6, 7));
        assertThat(rule.and()).isTrue();
    }

    @Test
    void combinesRestrictedDayAndDowWithOr() {
        assertThat(CronExpression.parse("* * 1 * 1").dayRule().and()).isFalse();
    }

    @Test
    void parsesNthWeekday() {
        assertThat(weekdays("* * * * 1#2")).isEqualTo(FieldValues.nth(1, 2));
    }

    @Test
    void parsesSymbolicWeekday() {
        assertThat(weekdays("* * * * MON")).isEqualTo(FieldValues.of(1));
    }

    @Test
    void parsesLowercaseSymbolicWeekday() {
        assertThat(weekdays("* * * * mon")).isEqualTo(FieldValues.of(1));
    }

    @Test
    void parsesSymbolicMonth() {
        assertThat(CronExpression.parse("* * * JAN *").months()).isEqualTo(FieldValues.of(1));
    }

    @Test
    void parsesWeekdayRangeFromZero() {
        assertThat(weekdays("* * * * 0-2")).isEqualTo(FieldValues.of(0, 1, 2));
    }

    @Test
    void parsesSunTue() {
        assertThat(weekdays("* * * * sun-tue")).isEqualTo(FieldValues.of(0, 1, 2));
    }

    @Test
    void startsWeekdayStepFromZero() {
        assertThat(weekdays("* * * * */2")).isEqualTo(FieldValues.of(0, 2, 4, 6));
    }

    @Test
    void acceptsLWithStep() {
        assertThat(days("* * L/2 * *")).isEqualTo(FieldValues.LAST);
    }

    @Test
    void acceptsLwWithStep() {
        assertThat(days("* * LW/2 * *")).isEqualTo(FieldValues.LAST_WEEKDAY);
    }

    @Test
    void handlesAMixOfIntsAndTuples() {
        assertThat(weekdays("* * * * 1,2,3#1")).isEqualTo(FieldValues.of(1, 2).union(FieldValues.nth(3, 1)));
    }

    @Test
    void acceptsWeekday7() {
        assertThat(weekdays("* * * * 7")).isEqualTo(FieldValues.of(7));
    }

    @Test
    void acceptsWeekdayL() {
        assertThat(weekdays("* * * * 5L")).isEqualTo(FieldValues.lastOf(5));
    }

    @Test
    void splitsOnAnyWhitespaceAndKeepsTheText() {
        var cron = CronExpression.parse("  5\t4 * *\u00a0* ");
        assertThat(cron.minutes()).isEqualTo(FieldValues.of(5));
        assertThat(cron.hours()).isEqualTo(FieldValues.of(4));
        assertThat(cron.expression()).isEqualTo("  5\t4 * *\u00a0* ");
    }

    @Test
    void decidesDebianDstHandlingFromMinuteAndHour() {
        assertThat(CronExpression.parse("0 3 * * *").fixedTime()).isTrue();
        assertThat(CronExpression.parse("0-30/5 1,3 * * *").fixedTime()).isTrue();
        assertThat(CronExpression.parse("0 */2 * * *").fixedTime()).isFalse();
        assertThat(CronExpression.parse("* 3 * * *").fixedTime()).isFalse();
    }
}
