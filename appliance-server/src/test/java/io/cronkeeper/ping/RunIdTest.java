package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.check.Check;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run IDs: validation and its place in the processing order (reference §1.3, §1.5 step 8) and
 * how start and end pings are paired into a run duration (§1.7 step 3).
 */
class RunIdTest {
    static final String A = "0a0a0a0a-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
    static final String B = "0b0b0b0b-bbbb-4bbb-8bbb-bbbbbbbbbbbb";
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

    private static void ok(String path) {
        assertThat(fx.get(path).statusCode()).as(path).isEqualTo(200);
    }

    @Test
    void uppercaseRunIdIsAcceptedAndStoredLowercase() {
        String uuid = fx.newCheck();
        ok("/ping/" + uuid + "/start?rid=" + A.toUpperCase());
        assertThat(fx.stored.onlyPing(uuid).rid()).isEqualTo(A);
        assertThat(fx.stored.check(uuid).lastStartRid()).isEqualTo(A);
    }

    @Test
    void runIdIsStoredWithEveryKindOfPing() {
        String uuid = fx.newCheck();
        for (String suffix : new String[] {"", "/start", "/fail", "/log", "/4"}) {
            ok("/ping/" + uuid + suffix + "?rid=" + B);
        }
        assertThat(fx.stored.pings(uuid)).extracting(StoredPing::rid).containsOnly(B).hasSize(5);
    }

    @Test
    void runIdWithoutHyphensIsRejected() {
        String uuid = fx.newCheck();
        var res = fx.get("/ping/" + uuid + "?rid=" + A.replace("-", ""));
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).isEqualTo("invalid uuid format");
        assertThat(fx.stored.pings(uuid)).isEmpty();
    }

    @Test
    void runIdIsValidatedAfterTheCheckLookup() {
        var res = fx.get("/ping/" + UUID.randomUUID() + "?rid=bad");
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEqualTo("not found");
        res = fx.get("/ping/" + fx.project.pingKey() + "/no-such-slug/start?rid=bad");
        assertThat(res.statusCode()).isEqualTo(404);
    }

    @Test
    void runIdIsValidatedAfterTheExitStatus() {
        String uuid = fx.newCheck();
        var res = fx.get("/ping/" + uuid + "/256?rid=bad");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).isEqualTo("invalid url format");
    }

    @Test
    void runIdIsValidatedEvenWhenThePingIsIgnored() {
        String uuid = fx.newCheck("{\"methods\": \"POST\"}");
        var res = fx.get("/ping/" + uuid + "?rid=bad");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).isEqualTo("invalid uuid format");
        assertThat(fx.stored.check(uuid).nPings()).isZero();
    }

    @Test
    void endWithoutRunIdEndsStartWithoutRunIdAndRecordsDuration() {
        String uuid = fx.newCheck();
        ok("/ping/" + uuid + "/start");
        fx.advance(Duration.ofSeconds(5));
        ok("/ping/" + uuid);
        Check c = fx.stored.check(uuid);
        assertThat(c.lastDuration()).isEqualTo(5 * SECOND);
        assertThat(c.lastStart()).isNull();
    }

    @Test
    void endWithMatchingRunIdRecordsDurationWhateverTheCase() {
        String uuid = fx.newCheck();
        ok("/ping/" + uuid + "/start?rid=" + A.toUpperCase());
        fx.advance(Duration.ofSeconds(7));
        ok("/ping/" + uuid + "/fail?rid=" + A);
        Check c = fx.stored.check(uuid);
        assertThat(c.lastDuration()).isEqualTo(7 * SECOND);
        assertThat(c.lastStart()).isNull();
        assertThat(c.status()).isEqualTo("down");
    }

    @Test
    void successOfAnotherRunKeepsTheRunningStart() {
        String uuid = fx.newCheck();
        long started = fx.nowMicros();
        ok("/ping/" + uuid + "/start?rid=" + A);
        fx.advance(Duration.ofSeconds(3));
        long ended = fx.nowMicros();
        ok("/ping/" + uuid + "?rid=" + B);
        Check c = fx.stored.check(uuid);
        assertThat(c.lastStart()).isEqualTo(started);
        assertThat(c.lastStartRid()).isEqualTo(A);
        assertThat(c.lastDuration()).isNull();
        assertThat(c.lastPing()).isEqualTo(ended);
        assertThat(c.status()).isEqualTo("up");

        fx.advance(Duration.ofSeconds(3));
        ok("/ping/" + uuid + "?rid=" + A);
        assertThat(fx.stored.check(uuid).lastDuration()).isEqualTo(6 * SECOND);
    }

    @Test
    void successWithRunIdKeepsAStartThatHadNone() {
        String uuid = fx.newCheck();
        long started = fx.nowMicros();
        ok("/ping/" + uuid + "/start");
        fx.advance(Duration.ofSeconds(3));
        ok("/ping/" + uuid + "?rid=" + B);
        Check c = fx.stored.check(uuid);
        assertThat(c.lastStart()).isEqualTo(started);
        assertThat(c.lastDuration()).isNull();
    }

    @Test
    void successWithoutRunIdClearsAStartThatHadOne() {
        String uuid = fx.newCheck();
        ok("/ping/" + uuid + "/start?rid=" + A);
        fx.advance(Duration.ofSeconds(3));
        ok("/ping/" + uuid);
        Check c = fx.stored.check(uuid);
        assertThat(c.lastStart()).isNull();
        assertThat(c.lastDuration()).isNull();
    }

    @Test
    void failOfAnotherRunClearsTheRunningStart() {
        String uuid = fx.newCheck();
        ok("/ping/" + uuid + "/start?rid=" + A);
        fx.advance(Duration.ofSeconds(3));
        ok("/ping/" + uuid + "/1?rid=" + B);
        Check c = fx.stored.check(uuid);
        assertThat(c.lastStart()).isNull();
        assertThat(c.lastDuration()).isNull();
        assertThat(c.status()).isEqualTo("down");
    }

    @Test
    void laterStartReplacesTheRunningOne() {
        String uuid = fx.newCheck();
        ok("/ping/" + uuid + "/start?rid=" + A);
        fx.advance(Duration.ofSeconds(1));
        ok("/ping/" + uuid + "/start?rid=" + B);
        fx.advance(Duration.ofSeconds(2));
        ok("/ping/" + uuid + "?rid=" + B);
        assertThat(fx.stored.check(uuid).lastDuration()).isEqualTo(2 * SECOND);
    }

    @Test
    void nextEndWithoutAStartClearsTheLastDuration() {
        String uuid = fx.newCheck();
        ok("/ping/" + uuid + "/start");
        fx.advance(Duration.ofSeconds(4));
        ok("/ping/" + uuid);
        assertThat(fx.stored.check(uuid).lastDuration()).isEqualTo(4 * SECOND);
        fx.advance(Duration.ofSeconds(4));
        ok("/ping/" + uuid + "/log");
        assertThat(fx.stored.check(uuid).lastDuration()).isEqualTo(4 * SECOND);
        ok("/ping/" + uuid);
        assertThat(fx.stored.check(uuid).lastDuration()).isNull();
    }
}
