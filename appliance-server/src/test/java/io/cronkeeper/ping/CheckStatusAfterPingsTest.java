package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status the API shows for a simple check as the clock moves after its pings (reference
 * §3.3, cases S1-S15), seen through {@code GET /api/v3/checks/<uuid>}.
 */
class CheckStatusAfterPingsTest {
    static final String CHECK = "{\"timeout\": 3600, \"grace\": 600}";
    static final Duration TIMEOUT = Duration.ofSeconds(3600);
    static final Duration GRACE = Duration.ofSeconds(600);
    static final Duration MICRO = Duration.ofNanos(1000);

    @TempDir
    static Path dir;
    static PingFixture fx;

    @BeforeAll
    static void start() {
        fx = PingFixture.start(dir);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static void ping(String uuid, String suffix) {
        assertThat(fx.get("/ping/" + uuid + suffix).statusCode()).isEqualTo(200);
    }

    @Test
    void checkWithoutPingsIsNew() {
        String uuid = fx.newCheck(CHECK);
        fx.advance(Duration.ofDays(3));
        assertThat(fx.apiStatus(uuid)).isEqualTo("new");
    }

    @Test
    void checkIsUpUntilTimeoutGraceFromTimeoutAndDownFromTimeoutPlusGrace() {
        String uuid = fx.newCheck(CHECK);
        ping(uuid, "");
        assertThat(fx.apiStatus(uuid)).isEqualTo("up");
        fx.advance(TIMEOUT.minus(MICRO));
        assertThat(fx.apiStatus(uuid)).isEqualTo("up");
        fx.advance(MICRO);
        assertThat(fx.apiStatus(uuid)).as("exactly at last_ping + timeout").isEqualTo("grace");
        fx.advance(GRACE.minus(MICRO));
        assertThat(fx.apiStatus(uuid)).isEqualTo("grace");
        fx.advance(MICRO);
        assertThat(fx.apiStatus(uuid)).as("exactly at last_ping + timeout + grace").isEqualTo("down");
        assertThat(fx.stored.check(uuid).status()).as("the stored status is left to the alerter").isEqualTo("up");
    }

    @Test
    void successPingInGraceBringsTheCheckBackUp() {
        String uuid = fx.newCheck(CHECK);
        ping(uuid, "");
        fx.advance(TIMEOUT.plusSeconds(1));
        assertThat(fx.apiStatus(uuid)).isEqualTo("grace");
        ping(uuid, "");
        assertThat(fx.apiStatus(uuid)).isEqualTo("up");
    }

    @Test
    void storedDownStaysDownUntilASuccessPing() {
        String uuid = fx.newCheck(CHECK);
        ping(uuid, "/fail");
        fx.advance(Duration.ofMinutes(1));
        assertThat(fx.apiStatus(uuid)).isEqualTo("down");
        ping(uuid, "/log");
        ping(uuid, "/start");
        assertThat(fx.apiStatus(uuid)).isEqualTo("down");
        fx.advance(GRACE.multipliedBy(2));
        assertThat(fx.apiStatus(uuid)).as("an expired start of a down check").isEqualTo("down");
        ping(uuid, "/0");
        assertThat(fx.apiStatus(uuid)).isEqualTo("up");
    }

    @Test
    void startedNewCheckGoesDownWhenGraceRunsOut() {
        String uuid = fx.newCheck(CHECK);
        ping(uuid, "/start");
        fx.advance(GRACE.minus(MICRO));
        assertThat(fx.apiStatus(uuid)).isEqualTo("new");
        fx.advance(MICRO);
        assertThat(fx.apiStatus(uuid)).isEqualTo("down");
    }

    @Test
    void startedPausedCheckGoesDownWhenGraceRunsOut() {
        String uuid = fx.newCheck(CHECK);
        ping(uuid, "");
        fx.stored.pause(uuid);
        fx.advance(Duration.ofDays(2));
        assertThat(fx.apiStatus(uuid)).isEqualTo("paused");
        ping(uuid, "/start");
        fx.advance(GRACE.minus(MICRO));
        assertThat(fx.apiStatus(uuid)).isEqualTo("paused");
        fx.advance(MICRO);
        assertThat(fx.apiStatus(uuid)).isEqualTo("down");
    }

    @Test
    void runningCheckShowsUpWhileItsStartIsFresh() {
        String uuid = fx.newCheck(CHECK);
        ping(uuid, "");
        fx.advance(Duration.ofMinutes(50));
        ping(uuid, "/start");
        fx.advance(Duration.ofMinutes(5));
        assertThat(fx.apiStatus(uuid)).isEqualTo("up");
        ping(uuid, "");
        fx.advance(Duration.ofMinutes(30));
        assertThat(fx.apiStatus(uuid)).isEqualTo("up");
    }

    @Test
    void expiredStartMakesAnUpCheckDownBeforeItsSchedule() {
        String uuid = fx.newCheck(CHECK);
        ping(uuid, "");
        ping(uuid, "/start");
        fx.advance(GRACE);
        assertThat(fx.apiStatus(uuid)).as("last_ping + timeout is still ahead").isEqualTo("down");
    }

    @Test
    void successOfAnotherRunLeavesTheTimedRunToExpire() {
        String uuid = fx.newCheck(CHECK);
        ping(uuid, "/start?rid=0a0a0a0a-aaaa-4aaa-8aaa-aaaaaaaaaaaa");
        fx.advance(Duration.ofMinutes(1));
        ping(uuid, "?rid=0b0b0b0b-bbbb-4bbb-8bbb-bbbbbbbbbbbb");
        fx.advance(GRACE);
        assertThat(fx.apiStatus(uuid)).isEqualTo("down");
    }
}
