package io.cronkeeper.check;

import static io.cronkeeper.check.CheckFixture.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code going_down_after}, stored as {@code alert_after} (reference §3.2, cases G1-G6). */
class GoingDownAfterTest {
    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    @Test
    void g1NewCheckHasNoDeadline() {
        assertThat(StatusRules.goingDownAfter(check().build())).isEmpty();
    }

    @Test
    void g2PausedCheckWithOldPingHasNoDeadline() {
        Check c = check().status("paused").lastPing(NOW.minus(Duration.ofDays(3))).build();
        assertThat(StatusRules.goingDownAfter(c)).isEmpty();
    }

    @Test
    void g3UpCheckGoesDownAfterTimeoutPlusGrace() {
        Instant lastPing = NOW.minus(Duration.ofHours(1));
        Check c = check().status("up").lastPing(lastPing).build();
        assertThat(StatusRules.goingDownAfter(c)).hasValue(lastPing.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)));
    }

    @Test
    void g4PausedCheckWithStartGoesDownAfterStartPlusGrace() {
        Instant start = NOW.minus(Duration.ofDays(2));
        Check c = check().status("paused").lastStart(start).build();
        assertThat(StatusRules.goingDownAfter(c)).hasValue(start.plus(Duration.ofHours(1)));
    }

    @Test
    void g5DownCheckHasNoDeadline() {
        Check c = check().status("down").lastPing(NOW.minus(Duration.ofDays(3))).build();
        assertThat(StatusRules.goingDownAfter(c)).isEmpty();
    }

    @Test
    void g6DownCheckWithRecentStartHasNoDeadline() {
        Check c = check().status("down").lastStart(NOW.minus(Duration.ofMinutes(10))).build();
        assertThat(StatusRules.goingDownAfter(c)).isEmpty();
    }

    @Test
    void runningUpCheckGoesDownAfterStartPlusGraceWhenThatIsEarlier() {
        Instant start = NOW.minus(Duration.ofMinutes(5));
        Check c = check().status("up").grace(Duration.ofMinutes(30)).lastPing(NOW.minus(Duration.ofHours(1)))
            .lastStart(start).build();
        assertThat(StatusRules.goingDownAfter(c)).hasValue(start.plus(Duration.ofMinutes(30)));
    }
}
