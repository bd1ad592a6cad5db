package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.check.Check;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code alert_after} deadline a ping stores (reference §1.7 step 5, §3.2 and G1-G6). */
class AlertAfterTest {
    static final long SECOND = 1_000_000;

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

    private static Check ping(String uuid, String suffix) {
        assertThat(fx.get("/ping/" + uuid + suffix).statusCode()).isEqualTo(200);
        return fx.stored.check(uuid);
    }

    @Test
    void upSimpleCheckIsDueAtLastPingPlusTimeoutPlusGrace() {
        String uuid = fx.newCheck("{\"timeout\": 3600, \"grace\": 300}");
        long now = fx.nowMicros();
        assertThat(ping(uuid, "").alertAfter()).isEqualTo(now + 3900 * SECOND);
    }

    @Test
    void defaultsGiveOneDayAndOneHour() {
        String uuid = fx.newCheck();
        long now = fx.nowMicros();
        assertThat(ping(uuid, "").alertAfter()).isEqualTo(now + (86400 + 3600) * SECOND);
    }

    @Test
    void startedNewCheckIsDueAtLastStartPlusGrace() {
        String uuid = fx.newCheck("{\"timeout\": 3600, \"grace\": 300}");
        long now = fx.nowMicros();
        assertThat(ping(uuid, "/start").alertAfter()).isEqualTo(now + 300 * SECOND);
    }

    @Test
    void startedUpCheckIsDueAtTheEarlierOfStartAndScheduleThenGrace() {
        String uuid = fx.newCheck("{\"timeout\": 3600, \"grace\": 300}");
        long pinged = fx.nowMicros();
        ping(uuid, "");
        fx.advance(Duration.ofSeconds(600));
        long started = fx.nowMicros();
        assertThat(ping(uuid, "/start").alertAfter()).isEqualTo(started + 300 * SECOND);

        // A start after the check was already due does not push the deadline back.
        fx.advance(Duration.ofSeconds(3600));
        assertThat(ping(uuid, "/start").alertAfter()).isEqualTo(pinged + 3900 * SECOND);
    }

    @Test
    void successEndingTheRunGoesBackToTheSchedule() {
        String uuid = fx.newCheck("{\"timeout\": 3600, \"grace\": 300}");
        ping(uuid, "/start");
        fx.advance(Duration.ofSeconds(30));
        long done = fx.nowMicros();
        assertThat(ping(uuid, "").alertAfter()).isEqualTo(done + 3900 * SECOND);
    }

    @Test
    void downCheckHasNoDeadlineEvenWhenStarted() {
        String uuid = fx.newCheck("{\"timeout\": 3600, \"grace\": 300}");
        assertThat(ping(uuid, "/fail").alertAfter()).isNull();
        assertThat(ping(uuid, "/start").alertAfter()).isNull();
        assertThat(ping(uuid, "/log").alertAfter()).isNull();
    }

    @Test
    void pausedCheckIsDueOnlyWhenStarted() {
        String uuid = fx.newCheck("{\"timeout\": 3600, \"grace\": 300}");
        fx.stored.pause(uuid);
        assertThat(ping(uuid, "/log").alertAfter()).isNull();
        long started = fx.nowMicros();
        assertThat(ping(uuid, "/start").alertAfter()).isEqualTo(started + 300 * SECOND);
    }

    @Test
    void logPingOfNewCheckLeavesNoDeadline() {
        String uuid = fx.newCheck();
        assertThat(ping(uuid, "/log").alertAfter()).isNull();
    }
}
