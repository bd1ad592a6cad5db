package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.config.Setting;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many pings at once are committed together yet each is recorded exactly once, numbered
 * without gaps, and applied in order. The log limit is raised so that nothing is pruned.
 */
class GroupCommitTest {
    static final int THREADS = 32;
    static final int PER_THREAD = 50;

    @TempDir
    static Path dir;
    static PingFixture fx;

    @BeforeAll
    static void start() {
        fx = PingFixture.start(dir, Map.of(Setting.PING_LOG_LIMIT, "100000"));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static void assertNumberedOneTo(String uuid, long count) {
        List<Long> numbers = fx.stored.pings(uuid).stream().map(StoredPing::n).toList();
        assertThat(numbers).isEqualTo(LongStream.rangeClosed(1, count).boxed().toList());
        assertThat(fx.stored.check(uuid).nPings()).isEqualTo(count);
    }

    @Test
    void concurrentPingsOnOneCheckAreNumberedWithoutGapsOrDuplicates() {
        String uuid = fx.newCheck();
        List<Integer> statuses = fx.concurrently(THREADS, PER_THREAD, t -> "/ping/" + uuid);
        assertThat(statuses).hasSize(THREADS * PER_THREAD).containsOnly(200);
        assertNumberedOneTo(uuid, THREADS * PER_THREAD);
    }

    @Test
    void concurrentPingsOverSeveralChecksAreCountedPerCheck() {
        String[] uuids = {fx.newCheck(), fx.newCheck(), fx.newCheck(), fx.newCheck()};
        List<Integer> statuses = fx.concurrently(THREADS, PER_THREAD, t -> "/ping/" + uuids[t % uuids.length]);
        assertThat(statuses).hasSize(THREADS * PER_THREAD).containsOnly(200);
        for (String uuid : uuids) {
            assertNumberedOneTo(uuid, (long) THREADS * PER_THREAD / uuids.length);
        }
    }

    @Test
    void concurrentSuccessAndFailPingsLeaveAConsistentFlipChain() {
        String uuid = fx.newCheck();
        List<Integer> statuses = fx.concurrently(8, 25, t -> "/ping/" + uuid + (t % 2 == 0 ? "" : "/fail"));
        assertThat(statuses).hasSize(200).containsOnly(200);
        assertNumberedOneTo(uuid, 200);

        // Replaying the stored pings in order must give exactly the stored flips and final status.
        String status = "new";
        int expectedFlips = 0;
        for (StoredPing ping : fx.stored.pings(uuid)) {
            String next = ping.kind() == null ? "up" : "down";
            if (!next.equals(status)) {
                expectedFlips++;
                status = next;
            }
        }
        List<Stored.Flip> flips = fx.stored.flips(uuid);
        assertThat(flips).hasSize(expectedFlips);
        for (int i = 1; i < flips.size(); i++) {
            assertThat(flips.get(i).oldStatus()).isEqualTo(flips.get(i - 1).newStatus());
        }
        assertThat(flips.getFirst().oldStatus()).isEqualTo("new");
        assertThat(flips.getLast().newStatus()).isEqualTo(status).isEqualTo(fx.stored.check(uuid).status());
        // A batch writes each check row once, with its last ping's state.
        assertThat(fx.stored.check(uuid).lastPing()).isEqualTo(fx.stored.pings(uuid).getLast().created());
    }
}
