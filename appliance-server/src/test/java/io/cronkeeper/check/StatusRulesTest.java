package io.cronkeeper.check;

import static io.cronkeeper.check.CheckFixture.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code get_status} for simple checks (reference §3.3, cases S1-S3 and S8-S15) and its boundaries. */
class StatusRulesTest {
    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    @Test
    void s1NewCheckWithoutPingsIsNew() {
        assertThat(StatusRules.status(check().build(), NOW, false)).isEqualTo(CheckStatus.NEW);
        assertThat(StatusRules.status(check().build(), NOW, true)).isEqualTo(CheckStatus.NEW);
    }

    @Test
    void s2UpCheckPastItsTimeoutIsInGrace() {
        Check c = check().status("up").lastPing(NOW.minus(Duration.ofDays(1).plusMinutes(30))).build();
        assertThat(StatusRules.status(c, NOW, false)).isEqualTo(CheckStatus.GRACE);
    }

    @Test
    void s3PausedCheckWithOldPingStaysPaused() {
        Check c = check().status("paused").lastPing(NOW.minus(Duration.ofDays(30))).build();
        assertThat(StatusRules.status(c, NOW, false)).isEqualTo(CheckStatus.PAUSED);
    }

    @Test
    void s8UpCheckPastTimeoutAndGraceIsDown() {
        Check c = check().status("up").lastPing(NOW.minus(Duration.ofDays(2))).build();
        assertThat(StatusRules.status(c, NOW, false)).isEqualTo(CheckStatus.DOWN);
    }

    @Test
    void s9StoredDownStaysDownEvenWithRecentPing() {
        Check c = check().status("down").lastPing(NOW.minus(Duration.ofMinutes(1))).build();
        assertThat(StatusRules.status(c, NOW, false)).isEqualTo(CheckStatus.DOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"new", "paused", "up", "down"})
    void s10RecentStartIsStartedForEveryStoredStatusWhenAskedFor(String stored) {
        Check c = check().status(stored).lastPing(NOW.minus(Duration.ofMinutes(30)))
            .lastStart(NOW.minus(Duration.ofMinutes(5))).build();
        assertThat(StatusRules.status(c, NOW, true)).isEqualTo(CheckStatus.STARTED);
    }

    @Test
    void s11DownCheckWithExpiredStartIsDownWithAndWithoutStarted() {
        Check c = check().status("down").lastStart(NOW.minus(Duration.ofHours(2))).build();
        assertThat(StatusRules.status(c, NOW, false)).isEqualTo(CheckStatus.DOWN);
        assertThat(StatusRules.status(c, NOW, true)).isEqualTo(CheckStatus.DOWN);
    }

    @Test
    void s12RunningCheckShowsUpWithoutStarted() {
        Check c = check().status("up").lastPing(NOW.minus(Duration.ofHours(2)))
            .lastStart(NOW.minus(Duration.ofMinutes(5))).build();
        assertThat(StatusRules.status(c, NOW, true)).isEqualTo(CheckStatus.STARTED);
        assertThat(StatusRules.status(c, NOW, false)).isEqualTo(CheckStatus.UP);
    }

    @Test
    void s13ExpiredStartMakesUpCheckDown() {
        Check c = check().status("up").lastPing(NOW.minus(Duration.ofHours(3)))
            .lastStart(NOW.minus(Duration.ofHours(2))).build();
        assertThat(StatusRules.status(c, NOW, false)).isEqualTo(CheckStatus.DOWN);
    }

    @Test
    void s14ExpiredStartMakesPausedCheckDown() {
        Check c = check().status("paused").lastStart(NOW.minus(Duration.ofHours(2))).build();
        assertThat(StatusRules.status(c, NOW, false)).isEqualTo(CheckStatus.DOWN);
    }

    @Test
    void s15ExpiredStartMakesNewCheckDown() {
        Check c = check().status("new").lastStart(NOW.minus(Duration.ofHours(2))).build();
        assertThat(StatusRules.status(c, NOW, false)).isEqualTo(CheckStatus.DOWN);
    }

    @Test
    void graceBeginsExactlyAtTimeoutAndDownExactlyAtTimeoutPlusGrace() {
        Instant lastPing = NOW;
        Check c = check().status("up").timeout(Duration.ofMinutes(10)).grace(Duration.ofMinutes(5))
            .lastPing(lastPing).build();
        Instant graceStart = lastPing.plus(Duration.ofMinutes(10));
        Instant down = graceStart.plus(Duration.ofMinutes(5));
        assertThat(StatusRules.status(c, graceStart.minusNanos(1000), false)).isEqualTo(CheckStatus.UP);
        assertThat(StatusRules.status(c, graceStart, false)).isEqualTo(CheckStatus.GRACE);
        assertThat(StatusRules.status(c, down.minusNanos(1000), false)).isEqualTo(CheckStatus.GRACE);
        assertThat(StatusRules.status(c, down, false)).isEqualTo(CheckStatus.DOWN);
    }

    @Test
    void startExpiresExactlyAtStartPlusGrace() {
        Instant start = NOW;
        Check c = check().status("up").lastPing(start).lastStart(start).grace(Duration.ofMinutes(5)).build();
        Instant expiry = start.plus(Duration.ofMinutes(5));
        assertThat(StatusRules.status(c, expiry.minusNanos(1000), true)).isEqualTo(CheckStatus.STARTED);
        assertThat(StatusRules.status(c, expiry.minusNanos(1000), false)).isEqualTo(CheckStatus.UP);
        assertThat(StatusRules.status(c, expiry, true)).isEqualTo(CheckStatus.DOWN);
        assertThat(StatusRules.status(c, expiry, false)).isEqualTo(CheckStatus.DOWN);
    }

    @Test
    void statusFollowsAMovingClock() {
        Instant lastPing = NOW;
        Check c = check().status("up").lastPing(lastPing).build();
        assertThat(StatusRules.status(c, lastPing.plus(Duration.ofHours(23)), false)).isEqualTo(CheckStatus.UP);
        assertThat(StatusRules.status(c, lastPing.plus(Duration.ofHours(24)), false)).isEqualTo(CheckStatus.GRACE);
        assertThat(StatusRules.status(c, lastPing.plus(Duration.ofHours(25)), false)).isEqualTo(CheckStatus.DOWN);
    }

    @Test
    void graceStartOfUpCheckIsLastPingPlusTimeout() {
        Check c = check().status("up").timeout(Duration.ofHours(2)).lastPing(NOW).build();
        assertThat(StatusRules.graceStart(c, false)).hasValue(NOW.plus(Duration.ofHours(2)));
        assertThat(StatusRules.graceStart(c, true)).hasValue(NOW.plus(Duration.ofHours(2)));
    }

    @Test
    void graceStartWithStartedIsTheEarlierOfScheduleAndStart() {
        Instant start = NOW.minus(Duration.ofMinutes(5));
        Check startFirst = check().status("up").lastPing(NOW.minus(Duration.ofHours(1))).lastStart(start).build();
        Check scheduleFirst = check().status("up").lastPing(NOW.minus(Duration.ofDays(1).plusMinutes(10)))
            .lastStart(start).build();
        assertThat(StatusRules.graceStart(startFirst, true)).hasValue(start);
        assertThat(StatusRules.graceStart(startFirst, false)).hasValue(NOW.plus(Duration.ofHours(23)));
        assertThat(StatusRules.graceStart(scheduleFirst, true)).hasValue(NOW.minus(Duration.ofMinutes(10)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"new", "paused", "down"})
    void graceStartIsEmptyUnlessUp(String stored) {
        Check c = check().status(stored).lastPing(NOW).build();
        assertThat(StatusRules.graceStart(c, false)).isEmpty();
        assertThat(StatusRules.graceStart(c, true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"new", "paused"})
    void graceStartWithStartedIsTheStartForNewAndPaused(String stored) {
        Check c = check().status(stored).lastStart(NOW).build();
        assertThat(StatusRules.graceStart(c, true)).hasValue(NOW);
        assertThat(StatusRules.graceStart(c, false)).isEmpty();
    }
}
