package io.cronkeeper.schedule;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** cronsim's {@code TestValidation}, case by case: what is rejected, and with which message. */
class CronValidationTest {

    private static final List<String> PATTERNS = List.of(
            "%s * * * *",
            "* %s * * *",
            "* * %s * *",
            "* * * %s * ",
            "* * * * %s",
            "* * * * * %s",
            "1-%s * * * *",
            "%s-60 * * * *",
            "* * 1-%s * *",
            "* * 1,%s * *",
            "* * %s/1 * *",
            "* * * %s-DEC *",
            "* * * JAN-%s *",
            "* * * * %s-SUN",
            "* * * * MON-%s");

    private static final List<String> BAD_VALUES = List.of(
            "-1", "61", "ABC", "2/", "/2", "2#", "#2", "1##1", "1//2", "¹", "LL", "LWX");

    static Stream<String> badExpressions() {
        return PATTERNS.stream().flatMap(pattern -> BAD_VALUES.stream().map(pattern::formatted));
    }

    private static void assertRejected(String expression, String message) {
        assertThatThrownBy(() -> CronExpression.parse(expression))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessageContaining(message);
    }

    @Test
    void rejects4Components() {
        assertRejected("* * * *", "Wrong number of fields");
    }

    @Test
    void rejects6ComponentsThoughNewerCronsimReadsASecondsField() {
        // Healthchecks accepts only 5 fields; cronsim's optional seconds field is not Debian cron.
        assertRejected("0 * * * * *", "Wrong number of fields");
    }

    @Test
    void rejectsEmptyExpression() {
        assertRejected(" \t ", "Wrong number of fields");
    }

    @ParameterizedTest
    @MethodSource("badExpressions")
    void rejectsBadValues(String expression) {
        assertThatThrownBy(() -> CronExpression.parse(expression)).isInstanceOf(InvalidScheduleException.class);
    }

    @Test
    void rejectsLopsidedRange() {
        assertRejected("* * 5-1 * *", "Bad day-of-month");
    }

    @Test
    void rejectsUnderscores() {
        assertRejected("1-1_0 * * * *", "Bad minute");
    }

    @Test
    void rejectsZeroStep() {
        assertRejected("*/0 * * * *", "Bad minute");
    }

    @Test
    void rejectsZeroNth() {
        assertRejected("* * * * 1#0", "Bad day-of-week");
    }

    @Test
    void rejectsBigNth() {
        assertRejected("* * * * 1#6", "Bad day-of-week");
    }

    @Test
    void checksDayOfMonthRange() {
        assertRejected("* * 30 2 *", "Bad day-of-month");
        assertRejected("* * 31 4 *", "Bad day-of-month");
        assertRejected("0 0 30 2 *", "Bad day-of-month");
    }

    @Test
    void acceptsDaysThatSomeChosenMonthHas() {
        assertThatCode(() -> CronExpression.parse("0 0 29 2 *")).doesNotThrowAnyException();
        assertThatCode(() -> CronExpression.parse("0 0 31 2,3 *")).doesNotThrowAnyException();
        // As in cronsim, L hides a high day from the check.
        assertThatCode(() -> CronExpression.parse("0 0 30,L 2 *")).doesNotThrowAnyException();
    }

    @Test
    void rejectsDowLRange() {
        assertRejected("* * * * 5L-6", "Bad day-of-week");
    }

    @Test
    void rejectsDowLHash() {
        assertRejected("* * * * 5L#1", "Bad day-of-week");
    }

    @Test
    void rejectsDowLSlash() {
        assertRejected("* * * * 5L/3", "Bad day-of-week");
    }

    @Test
    void rejectsSymbolicDowL() {
        assertRejected("* * * * MONL", "Bad day-of-week");
    }

    @ParameterizedTest
    @ValueSource(strings = {"? * * * *", "* * ? * *", "* * 15W * *", "* * L-3 * *", "* * * * L",
            "* * * MON *", "* * * * JAN", "* * * JANUARY *", "*/ * * * *", "1,,2 * * * *", "** * * * *"})
    void rejectsSyntaxThatCronsimDoesNotKnow(String expression) {
        assertThatThrownBy(() -> CronExpression.parse(expression)).isInstanceOf(InvalidScheduleException.class);
    }

    @Test
    void namesTheFieldAndTheTextInTheMessage() {
        assertThatThrownBy(() -> CronExpression.parse("0 25 * * *"))
                .hasMessage("Bad hour: \"25\"");
    }
}
