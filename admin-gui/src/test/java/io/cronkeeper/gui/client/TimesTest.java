package io.cronkeeper.gui.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {
    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    @Test
    void aPingJustAheadOfTheAppsClockArrivedJustNow() {
        assertThat(Times.since(NOW.plusSeconds(20), NOW)).isEqualTo("just now");
        assertThat(Times.since(NOW.plusSeconds(100), NOW)).isEqualTo("just now");
        assertThat(Times.since(NOW.minusSeconds(10), NOW)).isEqualTo("just now");
        assertThat(Times.since(NOW.minusSeconds(600), NOW)).isEqualTo("10 min ago");
        assertThat(Times.relative(NOW.plusSeconds(20), NOW)).as("a deadline ahead").isEqualTo("in a moment");
    }
}
