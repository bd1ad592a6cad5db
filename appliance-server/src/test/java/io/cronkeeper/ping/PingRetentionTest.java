package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.config.Setting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pruning every 100 pings: the newest {@code ping-log-limit} pings are kept, and flips with them (§1.7 step 7). */
class PingRetentionTest {
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

    /** Sends {@code count} success pings, several at a time so that the test stays quick. */
    private static void successPings(PingFixture f, String uuid, int count) {
        int threads = 4;
        var statuses = new ArrayList<>(f.concurrently(threads, count / threads, t -> "/ping/" + uuid));
        for (int i = 0; i < count % threads; i++) {
            statuses.add(f.get("/ping/" + uuid).statusCode());
        }
        assertThat(statuses).hasSize(count).containsOnly(200);
    }

    private static List<Long> numbers(PingFixture f, String uuid) {
        return f.stored.pings(uuid).stream().map(StoredPing::n).toList();
    }

    private static List<Long> range(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    @Test
    void newestPingsAreKeptAndNumberingContinues() {
        String uuid = fx.newCheck();
        successPings(fx, uuid, 199);
        assertThat(numbers(fx, uuid)).as("at most limit + 99 pings exist").isEqualTo(range(1, 199));

        assertThat(fx.get("/ping/" + uuid + "/log").statusCode()).isEqualTo(200);
        assertThat(numbers(fx, uuid)).isEqualTo(range(101, 200));
        assertThat(fx.stored.lastPing(uuid).kind()).isEqualTo("log");

        assertThat(fx.get("/ping/" + uuid).statusCode()).isEqualTo(200);
        assertThat(numbers(fx, uuid)).isEqualTo(range(101, 201));
        assertThat(fx.stored.check(uuid).nPings()).isEqualTo(201);
    }

    @Test
    void flipsOlderThanBothTheOldestPingAndNinetyThreeDaysArePruned() {
        String uuid = fx.newCheck();
        long failed = fx.nowMicros();
        assertThat(fx.get("/ping/" + uuid + "/fail").statusCode()).isEqualTo(200);
        fx.advance(Duration.ofDays(100));
        long recovered = fx.nowMicros();
        successPings(fx, uuid, 198);
        assertThat(fx.stored.flips(uuid)).as("pruning at n=100 keeps a flip as old as the oldest ping")
            .extracting(Stored.Flip::created).containsExactly(failed, recovered);

        successPings(fx, uuid, 1);
        assertThat(numbers(fx, uuid)).isEqualTo(range(101, 200));
        assertThat(fx.stored.flips(uuid)).extracting(Stored.Flip::created).containsExactly(recovered);
    }

    @Test
    void flipsYoungerThanNinetyThreeDaysSurvivePruning() {
        String uuid = fx.newCheck();
        long failed = fx.nowMicros();
        assertThat(fx.get("/ping/" + uuid + "/fail").statusCode()).isEqualTo(200);
        fx.advance(Duration.ofDays(1));
        long recovered = fx.nowMicros();
        successPings(fx, uuid, 199);
        assertThat(numbers(fx, uuid)).isEqualTo(range(101, 200));
        assertThat(fx.stored.flips(uuid)).extracting(Stored.Flip::created).containsExactly(failed, recovered);
    }

    @Test
    void configuredLogLimitIsHonoured(@TempDir Path otherDir) {
        try (PingFixture small = PingFixture.start(otherDir, Map.of(Setting.PING_LOG_LIMIT, "10"))) {
            String uuid = small.newCheck();
            successPings(small, uuid, 99);
            assertThat(numbers(small, uuid)).isEqualTo(range(1, 99));
            successPings(small, uuid, 1);
            assertThat(numbers(small, uuid)).isEqualTo(range(91, 100));
            assertThat(small.stored.check(uuid).nPings()).isEqualTo(100);
        }
    }
}
