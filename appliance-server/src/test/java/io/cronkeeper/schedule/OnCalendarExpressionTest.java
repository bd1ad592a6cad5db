package io.cronkeeper.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The public API: reference examples S5/S6, several lines, zones, precision. */
class OnCalendarExpressionTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    static ZonedDateTime at(String iso) {
        return ZonedDateTime.parse(iso);
    }

    /** The next {@code n} elapses after {@code start}, each computed from the previous one. */
    static List<String> next(String expression, String start, int n) {
        OnCalendarExpression e = OnCalendarExpression.parse(expression);
        List<String> out = new ArrayList<>();
        ZonedDateTime t = at(start);
        for (int i = 0; i < n; i++) {
            Optional<ZonedDateTime> next = e.nextAfter(t);
            if (next.isEmpty()) {
                out.add("none");
                break;
            }
            t = next.get();
            out.add(t.toOffsetDateTime().toString());
        }
        return out;
    }

    @Test
    void s5MidnightScheduleFallsDueAtTheNextMidnight() {
        // Reference S5 = S4: last ping 2000-01-01 00:00 UTC, grace starts at the next elapse.
        OnCalendarExpression e = OnCalendarExpression.parse("00:00");
        assertThat(e.nextAfter(at("2000-01-01T00:00:00Z"))).contains(at("2000-01-02T00:00:00Z"));
        assertThat(e.nextAfter(at("2000-01-01T23:59:00Z"))).contains(at("2000-01-02T00:00:00Z"));
    }

    @Test
    void s6FinishedScheduleHasNoNextElapse() {
        OnCalendarExpression e = OnCalendarExpression.parse("2019-01-01");
        assertThat(e.nextAfter(at("2020-01-01T00:00:00Z"))).isEmpty();
        assertThat(e.nextAfter(at("2020-01-01T01:00:00Z"))).isEmpty();
        assertThat(e.nextAfter(at("2018-12-31T23:00:00Z"))).contains(at("2019-01-01T00:00:00Z"));
    }

    @Test
    void nextIsStrictlyAfterEvenWhenGivenAnElapse() {
        assertThat(next("12:00", "2024-01-01T12:00:00Z", 2))
                .containsExactly("2024-01-02T12:00Z", "2024-01-03T12:00Z");
        // Below systemd's microsecond resolution "after" rounds down: 12:00 is still not returned.
        assertThat(next("12:00", "2024-01-01T12:00:00.000000500Z", 1)).containsExactly("2024-01-02T12:00Z");
        assertThat(next("12:00", "2024-01-01T11:59:59.999999999Z", 1)).containsExactly("2024-01-01T12:00Z");
    }

    @Test
    void fractionalSecondsKeepTheirFraction() {
        assertThat(next("*:*:05.25", "2024-01-01T00:00:00Z", 2))
                .containsExactly("2024-01-01T00:00:05.250Z", "2024-01-01T00:01:05.250Z");
    }

    @Test
    void earliestLineWins() {
        String twoLines = "2020-01-01\n12:34 Europe/Riga";
        assertThat(next(twoLines, "2019-12-31T00:00:00Z", 3))
                .containsExactly("2019-12-31T10:34Z", "2020-01-01T00:00Z", "2020-01-01T10:34Z");
    }

    @Test
    void surroundingWhitespaceAndCarriageReturnsAreIgnored() {
        OnCalendarExpression e = OnCalendarExpression.parse("  Mon 09:00\r\n  Fri 17:00 \n");
        assertThat(e.nextAfter(at("2024-01-02T00:00:00Z"))).contains(at("2024-01-05T17:00:00Z"));
        assertThat(e.expression()).isEqualTo("  Mon 09:00\r\n  Fri 17:00 \n");
    }

    @Test
    void emptyLineBetweenExpressionsIsRejected() {
        assertThatThrownBy(() -> OnCalendarExpression.parse("daily\n\nweekly"))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessageContaining("empty line");
    }

    @Test
    void expressionWithoutZoneUsesTheZoneOfAfterAndAnswersInIt() {
        ZonedDateTime after = at("2024-01-01T00:00:00Z").withZoneSameInstant(ZoneId.of("Europe/Riga"));
        Optional<ZonedDateTime> next = OnCalendarExpression.parse("12:00").nextAfter(after);
        assertThat(next).contains(ZonedDateTime.parse("2024-01-01T12:00:00+02:00[Europe/Riga]"));
    }

    @Test
    void namedZoneIsUsedButTheAnswerIsInTheZoneOfAfter() {
        ZonedDateTime after = ZonedDateTime.parse("2020-01-01T00:00:00+01:00[Europe/Berlin]");
        OnCalendarExpression e = OnCalendarExpression.parse("12:34 Europe/Riga");
        assertThat(e.nextAfter(after)).contains(ZonedDateTime.parse("2020-01-01T11:34:00+01:00[Europe/Berlin]"));
        assertThat(e.nextAfter(after).orElseThrow().getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void trailingUtcIgnoresTheZoneOfAfter() {
        ZonedDateTime after = ZonedDateTime.parse("2024-06-01T00:00:00-04:00[America/New_York]");
        assertThat(OnCalendarExpression.parse("12:00 UTC").nextAfter(after).orElseThrow().toInstant())
                .isEqualTo(at("2024-06-01T12:00:00Z").toInstant());
    }

    @Test
    void fixedOffsetZonesWork() {
        ZonedDateTime after = ZonedDateTime.parse("2024-01-01T00:00:00+05:30");
        assertThat(OnCalendarExpression.parse("06:00").nextAfter(after))
                .contains(ZonedDateTime.parse("2024-01-01T06:00:00+05:30"));
    }

    @Test
    void skippedWallClockTimeIsSkippedAsSystemdDoes() {
        // 2024-03-31 03:30 does not exist in Riga: systemd moves on to the next day.
        ZonedDateTime after = ZonedDateTime.parse("2024-03-31T00:00:00+02:00[Europe/Riga]");
        assertThat(OnCalendarExpression.parse("03:30").nextAfter(after))
                .contains(ZonedDateTime.parse("2024-04-01T03:30:00+03:00[Europe/Riga]"));
    }

    @Test
    void impossibleDatesEndTheSearch() {
        assertThat(OnCalendarExpression.parse("*-02-30").nextAfter(at("2024-01-01T00:00:00Z"))).isEmpty();
        assertThat(OnCalendarExpression.parse("daily").nextAfter(at("2199-12-31T00:00:00Z"))).isEmpty();
    }

    @Test
    void expressionIsKeptAsGiven() {
        assertThat(OnCalendarExpression.parse("Mon..Fri 09:00").expression()).isEqualTo("Mon..Fri 09:00");
        assertThat(OnCalendarExpression.parse("hourly")).hasToString("hourly");
    }

    @Test
    void worksFromBeforeTheEpoch() {
        assertThat(next("yearly", "1960-06-01T00:00:00Z", 1)).containsExactly("1970-01-01T00:00Z");
        assertThat(OnCalendarExpression.parse("hourly").nextAfter(at("2024-01-01T00:00:00Z").withZoneSameInstant(UTC)))
                .contains(at("2024-01-01T01:00:00Z"));
    }
}
