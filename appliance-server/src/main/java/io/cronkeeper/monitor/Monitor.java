package io.cronkeeper.monitor;

import io.cronkeeper.events.EventBus;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * The in-process replacement for Healthchecks' {@code sendalerts}: sleeps until the earliest
 * stored deadline, then marks the due checks down and queues their alerts. On start it first
 * catches up on every deadline that passed while the server was stopped.
 */
public final class Monitor extends Loop {
    private final DeadlineSweep sweep;
    private final Clock clock;
    private final Runnable alertsQueued;
    private final ReentrantLock passLock = new ReentrantLock();
    private volatile Consumer<SweepResult> observer = r -> { };

    public Monitor(Jdbi jdbi, Clock clock, EventBus events, Runnable alertsQueued) {
        // Re-reading the earliest deadlines is one query of two index lookups, so once a second
        // is free, and it bounds how late an API edit that makes a check due at once can be noticed.
        super("monitor", clock, 1000, Duration.ofSeconds(30));
        this.sweep = new DeadlineSweep(jdbi, events);
        this.clock = clock;
        this.alertsQueued = alertsQueued;
    }

    /** A deadline was stored; wake up if it comes before the current sleep ends. */
    public void deadline(long micros) {
        wakeBy(Math.floorDiv(micros, 1000));
    }

    /**
     * Runs a pass now, in the caller's thread: tests move the clock and call this instead of
     * waiting. Safe alongside the loop's own passes.
     */
    public void runNow() {
        pass();
    }

    @Override
    protected long pass() {
        passLock.lock();
        try {
            Deadlines before = sweep.deadlines();
            SweepResult result = sweep.run(clock.instant(), before);
            if (result.alertsQueued() > 0) {
                alertsQueued.run();
            }
            observer.accept(result);
            // With nothing examined nothing moved, except by another writer, which wakes the
            // loop itself (deadline()) or is seen at the next pass, within a second.
            Deadlines after = result.examined() == 0 ? before : sweep.deadlines();
            return after.earliest().map(m -> Math.floorDiv(m, 1000) + 1).orElse(Long.MAX_VALUE);
        } finally {
            passLock.unlock();
        }
    }

    /** For the benchmark: sees the outcome of each pass. */
    public void observe(Consumer<SweepResult> observer) {
        this.observer = observer;
    }
}
