package io.cronkeeper.health;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

/**
 * Runs the server's background loops so that none of them can stop without anyone noticing.
 * A loop that throws anything, an {@link Error} included, is logged and run again after a
 * backoff; its {@link Heartbeat} says {@code RESTARTING} meanwhile, which health reports. A loop
 * that keeps failing without a single good beat in between, or whose thread cannot be started,
 * ends the process with {@link #EXIT_LOOP_FAILED}, for systemd to restart it whole.
 */
public final class Supervisor {
    /** Exit status when a background loop cannot be kept running (documented in the README). */
    public static final int EXIT_LOOP_FAILED = 70;
    private static final System.Logger LOG = System.getLogger(Supervisor.class.getName());
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    /** With the backoff doubling up to 30 s, about four minutes of failing without a good beat. */
    private static final int MAX_FAILURES = 12;

    /** A loop's body: runs until the loop is stopped; returning means it is done. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    private final List<Heartbeat> heartbeats = new CopyOnWriteArrayList<>();
    private final IntConsumer exit;

    /** @param exit ends the process with a status; tests pass their own */
    public Supervisor(IntConsumer exit) {
        this(exit, FIRST_BACKOFF, MAX_BACKOFF);
    }

    /** Shorter backoffs, for tests of the give-up path. */
    Supervisor(IntConsumer exit, Duration firstBackoff, Duration maxBackoff) {
        this.exit = exit;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    /** Ends the JVM; the shutdown hooks run, but a hook that hangs cannot keep it alive. */
    public static Supervisor exitingProcess() {
        return new Supervisor(status -> {
            Thread.ofPlatform().daemon(true).start(() -> {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException ignored) {
                    // halting anyway
                }
                Runtime.getRuntime().halt(status);
            });
            Thread.ofPlatform().start(() -> System.exit(status));
        });
    }

    public Heartbeat heartbeat(String name, Duration period) {
        Heartbeat hb = new Heartbeat(name, period);
        heartbeats.add(hb);
        return hb;
    }

    public List<Heartbeat> heartbeats() {
        return List.copyOf(heartbeats);
    }

    /** Starts {@code body} on a platform thread named after the heartbeat. */
    public Thread start(Heartbeat hb, Body body) {
        Thread thread = Thread.ofPlatform().name(hb.name()).daemon(true).unstarted(() -> supervise(hb, body));
        hb.starting();
        try {
            thread.start();
        } catch (Throwable t) {
            LOG.log(Level.ERROR, "cannot start " + hb.name() + "; exiting", t);
            exit.accept(EXIT_LOOP_FAILED);
        }
        return thread;
    }

    private void supervise(Heartbeat hb, Body body) {
        int failures = 0;
        long beatsAtFailure = -1;
        Duration backoff = firstBackoff;
        while (true) {
            try {
                body.run();
                hb.stopped();
                return;
            } catch (InterruptedException e) {
                hb.stopped();
                return;
            } catch (Throwable t) {
                if (Thread.currentThread().isInterrupted()) {
                    hb.stopped();
                    return;
                }
                long beats = hb.lastBeatEpochMillis().orElse(0L);
                boolean freshFailure = beats != beatsAtFailure;
                failures = freshFailure ? 1 : failures + 1;
                backoff = freshFailure ? firstBackoff : min(backoff.multipliedBy(2), maxBackoff);
                beatsAtFailure = beats;
                hb.failed(t);
                if (failures == 1) {
                    LOG.log(Level.ERROR, hb.name() + " failed; restarting it", t);
                } else {
                    LOG.log(Level.WARNING, hb.name() + " failed again (" + failures + " times in a row): " + t);
                }
                if (failures >= MAX_FAILURES) {
                    LOG.log(Level.ERROR, hb.name() + " cannot be kept running; exiting with status " + EXIT_LOOP_FAILED);
                    exit.accept(EXIT_LOOP_FAILED);
                    return;
                }
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException e) {
                    hb.stopped();
                    return;
                }
                hb.restarted();
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
