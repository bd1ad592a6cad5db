package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.check.Check;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each kind of ping does to the stored check (reference §1.7), run durations aside. */
class PingStateChangesTest {
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
    void startSetsLastStartButNeitherStatusNorLastPing() {
        String uuid = fx.newCheck();
        long now = fx.nowMicros();
        ok("/ping/" + uuid + "/start?rid=0b0e2f5a-6a0e-4d3c-9f59-1a2b3c4d5e6f");
        Check c = fx.stored.check(uuid);
        assertThat(c.status()).isEqualTo("new");
        assertThat(c.lastPing()).isNull();
        assertThat(c.lastStart()).isEqualTo(now);
        assertThat(c.lastStartRid()).isEqualTo("0b0e2f5a-6a0e-4d3c-9f59-1a2b3c4d5e6f");
        assertThat(c.nPings()).isEqualTo(1);
        assertThat(fx.stored.flips(uuid)).isEmpty();
        assertThat(fx.stored.onlyPing(uuid).created()).isEqualTo(now);
    }

    @Test
    void successPingMarksCheckUpWithAFlipFromNew() {
        String uuid = fx.newCheck();
        long now = fx.nowMicros();
        ok("/ping/" + uuid);
        Check c = fx.stored.check(uuid);
        assertThat(c.status()).isEqualTo("up");
        assertThat(c.lastPing()).isEqualTo(now);
        assertThat(fx.stored.onlyPing(uuid).created()).isEqualTo(c.lastPing());
        assertThat(fx.stored.flips(uuid)).containsExactly(new Stored.Flip(now, "new", "up", ""));
    }

    @Test
    void failPingMarksCheckDownWithReasonFail() {
        String uuid = fx.newCheck();
        long now = fx.nowMicros();
        ok("/ping/" + uuid + "/fail");
        Check c = fx.stored.check(uuid);
        assertThat(c.status()).isEqualTo("down");
        assertThat(c.lastPing()).isEqualTo(now);
        assertThat(fx.stored.flips(uuid)).containsExactly(new Stored.Flip(now, "new", "down", "fail"));
    }

    @Test
    void flipsAreMadeOnlyWhenTheStatusChanges() {
        String uuid = fx.newCheck();
        long t1 = fx.nowMicros();
        ok("/ping/" + uuid);
        fx.advance(Duration.ofSeconds(10));
        ok("/ping/" + uuid);
        fx.advance(Duration.ofSeconds(10));
        long t3 = fx.nowMicros();
        ok("/ping/" + uuid + "/fail");
        fx.advance(Duration.ofSeconds(10));
        ok("/ping/" + uuid + "/2");
        fx.advance(Duration.ofSeconds(10));
        long t5 = fx.nowMicros();
        ok("/ping/" + uuid + "/0");
        assertThat(fx.stored.flips(uuid)).containsExactly(
            new Stored.Flip(t1, "new", "up", ""),
            new Stored.Flip(t3, "up", "down", "fail"),
            new Stored.Flip(t5, "down", "up", ""));
        assertThat(fx.stored.check(uuid).lastPing()).isEqualTo(t5);
    }

    @Test
    void logAndIgnoredPingsChangeNothingButThePingCount() {
        String uuid = fx.newCheck("{\"methods\": \"POST\", \"timeout\": 3600, \"grace\": 600}");
        fx.post("/ping/" + uuid + "/start", "");
        fx.advance(Duration.ofSeconds(5));
        Check before = fx.stored.check(uuid);
        ok("/ping/" + uuid + "/log");
        ok("/ping/" + uuid + "/fail");
        ok("/ping/" + uuid);
        Check after = fx.stored.check(uuid);
        assertThat(fx.stored.pings(uuid)).extracting(StoredPing::kind).containsExactly("start", "ign", "ign", "ign");
        assertThat(after.nPings()).isEqualTo(4);
        assertThat(after.status()).isEqualTo(before.status()).isEqualTo("new");
        assertThat(after.lastPing()).isNull();
        assertThat(after.lastStart()).isEqualTo(before.lastStart());
        assertThat(after.alertAfter()).isEqualTo(before.alertAfter());
        assertThat(fx.stored.flips(uuid)).isEmpty();
    }

    @Test
    void logPingKeepsTheRunningStartAndTheLastPing() {
        String uuid = fx.newCheck();
        ok("/ping/" + uuid);
        Check up = fx.stored.check(uuid);
        fx.advance(Duration.ofSeconds(5));
        ok("/ping/" + uuid + "/start");
        fx.advance(Duration.ofSeconds(5));
        ok("/ping/" + uuid + "/log");
        Check c = fx.stored.check(uuid);
        assertThat(fx.stored.lastPing(uuid).kind()).isEqualTo("log");
        assertThat(c.lastPing()).isEqualTo(up.lastPing());
        assertThat(c.lastStart()).isNotNull();
        assertThat(c.status()).isEqualTo("up");
    }

    @Test
    void pausedCheckWithManualResumeIgnoresEveryPing() {
        String uuid = fx.newCheck("{\"manual_resume\": true, \"filter_http_body\": true, \"success_kw\": \"done\"}");
        fx.stored.pause(uuid);
        for (String suffix : new String[] {"", "/start", "/fail", "/log", "/1", "/0"}) {
            assertThat(fx.post("/ping/" + uuid + suffix, "done").statusCode()).isEqualTo(200);
        }
        assertThat(fx.stored.pings(uuid)).extracting(StoredPing::kind).containsOnly("ign").hasSize(6);
        assertThat(fx.stored.pings(uuid)).extracting(StoredPing::exitstatus).containsExactly(null, null, null, null, 1, 0);
        Check c = fx.stored.check(uuid);
        assertThat(c.status()).isEqualTo("paused");
        assertThat(c.lastPing()).isNull();
        assertThat(c.lastStart()).isNull();
        assertThat(c.nPings()).isEqualTo(6);
        assertThat(fx.stored.flips(uuid)).isEmpty();
    }

    @Test
    void pausedCheckMovesUpOnSuccess() {
        String uuid = fx.newCheck();
        fx.stored.pause(uuid);
        long now = fx.nowMicros();
        ok("/ping/" + uuid);
        assertThat(fx.stored.check(uuid).status()).isEqualTo("up");
        assertThat(fx.stored.flips(uuid)).containsExactly(new Stored.Flip(now, "paused", "up", ""));
    }

    @Test
    void pausedCheckMovesDownOnFail() {
        String uuid = fx.newCheck();
        fx.stored.pause(uuid);
        long now = fx.nowMicros();
        ok("/ping/" + uuid + "/fail");
        assertThat(fx.stored.check(uuid).status()).isEqualTo("down");
        assertThat(fx.stored.flips(uuid)).containsExactly(new Stored.Flip(now, "paused", "down", "fail"));
    }

    @Test
    void pausedCheckStaysPausedOnStartAndLog() {
        String uuid = fx.newCheck();
        fx.stored.pause(uuid);
        ok("/ping/" + uuid + "/start");
        ok("/ping/" + uuid + "/log");
        Check c = fx.stored.check(uuid);
        assertThat(c.status()).isEqualTo("paused");
        assertThat(c.lastStart()).isNotNull();
        assertThat(fx.stored.pings(uuid)).extracting(StoredPing::kind).containsExactly("start", "log");
    }

    @Test
    void pingsAreNumberedFromOneCountingLogAndIgnoredPings() {
        String uuid = fx.newCheck("{\"methods\": \"POST\"}");
        fx.post("/ping/" + uuid + "/start", "");
        ok("/ping/" + uuid);
        fx.post("/ping/" + uuid + "/log", "");
        fx.post("/ping/" + uuid, "");
        fx.send("HEAD", "/ping/" + uuid + "/fail", new byte[0]);
        fx.post("/ping/" + uuid + "/fail", "");
        assertThat(fx.stored.pings(uuid)).extracting(StoredPing::n).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(fx.stored.pings(uuid)).extracting(StoredPing::kind)
            .containsExactly("start", "ign", "log", null, "ign", "fail");
        assertThat(fx.stored.check(uuid).nPings()).isEqualTo(6);
    }

    @Test
    void confirmationLinkFlagIsRecomputedOnEveryPing() {
        String uuid = fx.newCheck();
        fx.post("/ping/" + uuid + "/log", "Please CONFIRM your subscription");
        assertThat(fx.stored.check(uuid).hasConfirmationLink()).isTrue();
        fx.post("/ping/" + uuid, "all good");
        assertThat(fx.stored.check(uuid).hasConfirmationLink()).isFalse();
        fx.post("/ping/" + uuid + "/fail", "click to confirm");
        assertThat(fx.stored.check(uuid).hasConfirmationLink()).isTrue();
        ok("/ping/" + uuid + "/start");
        assertThat(fx.stored.check(uuid).hasConfirmationLink()).isFalse();
    }

    /** In Turkish "I" lowercases to a dotless "ı" and "i" uppercases to "İ". */
    private static void inTurkish(Runnable r) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            r.run();
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void pingKindsDoNotDependOnTheServerLocale() {
        String uuid = fx.newCheck("{\"methods\": \"POST\"}");
        inTurkish(() -> {
            fx.get("/ping/" + uuid);
            fx.post("/ping/" + uuid + "/log", "");
            var res = fx.server.get("/api/v3/checks/" + uuid + "/pings/", fx.project.apiKey());
            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(TestServer.json(res.body()).get("pings").findValuesAsText("type")).containsExactly("log", "ign");
        });
        assertThat(fx.stored.pings(uuid)).extracting(StoredPing::kind).containsExactly("ign", "log");
    }

    @Test
    void confirmationWordInCapitalsIsFoundWhateverTheServerLocale() {
        String uuid = fx.newCheck();
        inTurkish(() -> fx.post("/ping/" + uuid + "/log", "CONFIRM"));
        assertThat(fx.stored.check(uuid).hasConfirmationLink()).isTrue();
    }

    @Test
    void userAgentIsTruncatedTo200Characters() {
        String uuid = fx.newCheck();
        String ua = "x".repeat(199) + "yz" + "w".repeat(50);
        fx.get("/ping/" + uuid, "User-Agent", ua);
        assertThat(fx.stored.onlyPing(uuid).ua()).isEqualTo("x".repeat(199) + "y");
    }

    @Test
    void exitStatusIsStoredEvenWhenThePingIsIgnored() {
        String uuid = fx.newCheck("{\"methods\": \"POST\"}");
        ok("/ping/" + uuid + "/3");
        StoredPing ping = fx.stored.onlyPing(uuid);
        assertThat(ping.kind()).isEqualTo("ign");
        assertThat(ping.exitstatus()).isEqualTo(3);
        assertThat(fx.stored.check(uuid).status()).isEqualTo("new");
    }

    @Test
    void bodyIsStoredForEveryKind() {
        String uuid = fx.newCheck();
        fx.post("/ping/" + uuid + "/log", "line one\nline two");
        assertThat(new String(fx.stored.onlyPing(uuid).body(), StandardCharsets.UTF_8)).isEqualTo("line one\nline two");
    }
}
