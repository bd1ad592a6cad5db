package io.cronkeeper.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The supervisor on its own: restart, give up with a non-zero exit, stop. */
class SupervisorTest {
    private final List<Integer> exits = new CopyOnWriteArrayList<>();
    private final Supervisor supervisor = new Supervisor(exits::add, Duration.ofMillis(1), Duration.ofMillis(4));

    @Test
    void aLoopThatNeverBeatsAgainEndsTheProcessWithStatus70() throws InterruptedException {
        Heartbeat hb = supervisor.heartbeat("broken", Duration.ofSeconds(10));
        Thread t = supervisor.start(hb, () -> {
            throw new Error("always");
        });
        t.join(10_000);

        assertThat(exits).containsExactly(Supervisor.EXIT_LOOP_FAILED);
        assertThat(hb.state()).isEqualTo(Heartbeat.State.RESTARTING);
        assertThat(hb.lastFailure()).isEqualTo("java.lang.Error: always");
    }

    @Test
    void aLoopThatBeatsBetweenFailuresIsRestartedForever() throws InterruptedException {
        Heartbeat hb = supervisor.heartbeat("flaky", Duration.ofSeconds(10));
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        supervisor.start(hb, () -> {
            hb.beat();
            if (runs.incrementAndGet() < 40) {
                Thread.sleep(2); // a new beat needs a new millisecond
                throw new IllegalStateException("run " + runs.get());
            }
            done.countDown();
        });

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(exits).isEmpty();
        assertThat(hb.restarts()).isEqualTo(39);
    }

    @Test
    void aLoopThatReturnsIsStoppedAndNoConcern() throws InterruptedException {
        Heartbeat hb = supervisor.heartbeat("done", Duration.ofMillis(1));
        supervisor.start(hb, hb::beat).join(10_000);

        assertThat(hb.state()).isEqualTo(Heartbeat.State.STOPPED);
        assertThat(hb.problem(System.nanoTime() + Duration.ofHours(1).toNanos())).isEmpty();
    }

    @Test
    void aRunningLoopThatStopsBeatingIsNamedStale() {
        Heartbeat hb = supervisor.heartbeat("stuck", Duration.ofSeconds(30));
        hb.beat();

        assertThat(hb.problem(System.nanoTime())).isEmpty();
        assertThat(hb.problem(System.nanoTime() + Duration.ofSeconds(45).toNanos()))
            .hasValueSatisfying(p -> assertThat(p).startsWith("stuck has not run for 4").contains("every 30 s"));
    }
}
