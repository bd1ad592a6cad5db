package io.cronkeeper.gui.pings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeTicksTest {
    private static final ZoneId RIGA = ZoneId.of("Europe/Riga");

    private static long at(String iso) {
        return Instant.parse(iso).getEpochSecond();
    }

    @Test
    void runsMinutesApartGetClockTimesInLocalTime() {
        long first = at("2026-02-02T10:03:00Z");
        long last = at("2026-02-02T10:21:00Z");
        var ticks = TimeTicks.span(first, last, RIGA);
        assertThat(ticks.lower()).isLessThan(first);
        assertThat(ticks.upper()).isGreaterThan(last);
        assertThat(ticks.step()).isEqualTo(300);
        assertThat(ticks.label(at("2026-02-02T10:05:00Z"))).isEqualTo("12:05");
        assertThat((ticks.upper() - ticks.lower()) / ticks.step()).isBetween(2L, 7L);
    }

    @Test
    void aWeekOfNightlyRunsIsLabelledByDay() {
        var ticks = TimeTicks.span(at("2026-02-01T03:00:00Z"), at("2026-02-07T03:10:00Z"), RIGA);
        assertThat(ticks.step()).isEqualTo(172_800);
        assertThat(ticks.label(ticks.lower())).matches("\\d{1,2} \\w+");
        assertThat(Instant.ofEpochSecond(ticks.lower()).atZone(RIGA).toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
    }

    @Test
    void oneRunGetsAnAxisAroundIt() {
        long t = at("2026-02-02T10:03:00Z");
        var ticks = TimeTicks.span(t, t, ZoneId.of("UTC"));
        assertThat(ticks.lower()).isLessThan(t);
        assertThat(ticks.upper()).isGreaterThan(t);
        assertThat(ticks.label(t)).isEqualTo("10:03");
    }
}
