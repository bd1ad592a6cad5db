package io.cronkeeper.schedule;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What systemd rejects we reject, with a message that names the problem. */
class OnCalendarParseErrorTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"\"                   | it is empty",
        "\"   \"                | it is empty",
        "*:*/15                 | write 0/15, not */15",
        "*:30/30                | minute '30/30' cannot repeat within the range",
        "*:0/60                 | minute '0/60' repeats by more than the whole range",
        "*:0/0                  | a minute repetition of 0",
        "Wed..Mon               | weekday range runs backwards",
        "Mon..                  | weekday range without an end",
        "Mond                   | bad weekday",
        "Mon,,Tue               | expected a weekday",
        "25:00                  | hour '25' is out of range (allowed: 0..23)",
        "*:60                   | minute '60' is out of range (allowed: 0..59)",
        "*:*:60                 | second '60' is out of range (allowed: 0..59.999999)",
        "1-32                   | day '32' is out of range (allowed: 1..31)",
        "13-01                  | month '13' is out of range (allowed: 1..12)",
        "*-*-5..1               | day '5..1' has its range reversed",
        "2024~01-05             | '~' must come before the day",
        "*~29                   | day from the end of the month '29' is out of range (allowed: 1..28)",
        "*-05~1/2               | day from the end of the month '1/2' cannot repeat",
        "*-*~1,27               | day from the end of the month '27' is out of range (allowed: 1..25)",
        "1969-01-01             | year '1969' is out of range (allowed: 1970..2199)",
        "2200-01-01             | year '2200' is out of range",
        "*:1..1_0               | unexpected character in minute",
        "*:*:05.                | expected digits after the decimal point",
        "*:*:5.5..6             | seconds range shorter than one second",
        "*-*-* 12               | expected ':' after the hour",
        "12:00:00:00            | unexpected text at ':00'",
        "12:00 Europe/Nowhere   | unknown time zone 'Europe/Nowhere'",
        "12:00 europe/riga      | unknown time zone 'europe/riga' (did you mean 'Europe/Riga'?)",
        "Europe/Riga            | a time zone needs a date or time before it",
        "UTC                    | a time zone needs a date or time before it",
        "hourly 12:00           | 'hourly' cannot be combined with other fields",
        "@abc                   | expected seconds since the epoch",
        "@99999999999           | year '5138' is out of range",
        "today                  | expected a number",
        "\"daily\n\nweekly\"    | empty line",
        "\"daily\n25:00\"       | hour '25' is out of range",
    })
    void rejectsWithAClearMessage(String expression, String message) {
        assertThatThrownBy(() -> OnCalendarExpression.parse(expression))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "12:00  UTC", "Mon Tue", "Mon *", "12.30", "Mon/2", "*-*-*-*", "@", "Mon-", "Mon..Wed..Fri",
        "*-*-* 12:00 Mon", "*:*:*.5", "2024-01-01 12:00 +02:00", "*-*-* 12:00:00 GMT+2",
        "00:00 UTC Europe/Riga", "*:*:*/5", "Mon\t12:00", "99999999999:00",
    })
    void rejectsWhatSystemdRejects(String expression) {
        assertThatThrownBy(() -> OnCalendarExpression.parse(expression))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessageStartingWith("Invalid OnCalendar expression '" + expression + "': ");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Accepted by systemd although odd, and so by us.
        "*-02-30", "4-31", "*~*", "Mon,", "Mon, 12:00", "*:05..05", "*:30/29", "@0", "Mon UTC", "anually",
        "semi-annually", "bi-annually", "WEEKLY", "*:*:05.1234567", "12:00 utc", "Tue..Tue,Sun", "Mon-Wed",
        "0-1-1", "*-*~3/2", "Sun *~7/1", "*:0/20 Etc/GMT-3",
    })
    void acceptsWhatSystemdAccepts(String expression) {
        assertThatCode(() -> OnCalendarExpression.parse(expression)).doesNotThrowAnyException();
    }
}
