package io.cronkeeper.monitor;

import io.cronkeeper.health.Heartbeat;
import io.cronkeeper.health.StoreErrors;
import io.cronkeeper.health.Supervisor;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A background thread that does a pass, then sleeps until the time the pass asks for (read from
 * the injected clock) or until someone wakes it. A wake-up that arrives during a pass is not
 * lost: the next sleep returns at once.
 *
 * <p>It runs under a {@link Supervisor}: it beats after every pass that went through, and
 * anything a pass throws ends the loop for the supervisor to log and restart it. Only a database
 * that cannot write (a full disk) is waited out here, beating meanwhile: the loop itself is
 * fine, and health reports the disk.
 */
public abstract class Loop implements AutoCloseable {

    private final System.Logger log = System.getLogger(getClass().getName());
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private final Clock clock;
    private final long maxSleepMillis;
    private final String name;
    private final Duration liveness;
    private Heartbeat heartbeat;
    private Thread thread;
    private boolean pending;
    private volatile boolean running = true;
    /** Epoch millis the loop sleeps until; a deadline before it needs a wake-up. */
    private volatile long sleepingUntil = Long.MIN_VALUE;

    /**
     * @param maxSleepMillis even with nothing due, look again this often: an edit through the API
     *                       or another process (the CLI) may have brought a deadline closer
     * @param liveness       health is bad when no pass went through for this long
     */
    protected Loop(String name, Clock clock, long maxSleepMillis, Duration liveness) {
        this.name = name;
        this.clock = clock;
        this.maxSleepMillis = maxSleepMillis;
        this.liveness = liveness;
    }

    public void start(Supervisor supervisor) {
        heartbeat = supervisor.heartbeat(name, liveness);
        thread = supervisor.start(heartbeat, this::run);
    }

    /** For long waits inside a pass: the loop is alive while it waits. */
    protected final void beat() {
        if (heartbeat != null) {
            heartbeat.beat();
        }
    }

    /** One pass; returns the epoch millis of the next pass wanted, or {@code Long.MAX_VALUE}. */
    protected abstract long pass();

    public final void wake() {
        lock.lock();
        try {
            pending = true;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Wakes the loop only if it sleeps past {@code epochMillis}. */
    protected final void wakeBy(long epochMillis) {
        if (epochMillis < sleepingUntil) {
            wake();
        }
    }

    private void run() {
        boolean storeFailing = false;
        while (running) {
            long next;
            try {
                next = pass();
                storeFailing = false;
            } catch (RuntimeException e) {
                if (!StoreErrors.isUnavailable(e)) {
                    throw e;
                }
                if (!storeFailing) {
                    log.log(Level.WARNING, name + ": the database cannot write (" + StoreErrors.describe(e)
                        + "); retrying every second");
                }
                storeFailing = true;
                next = clock.millis() + 1000;
            }
            heartbeat.beat();
            sleepUntil(next);
        }
    }

    private void sleepUntil(long next) {
        lock.lock();
        try {
            long until = Math.min(next, clock.millis() + maxSleepMillis);
            sleepingUntil = until;
            // Never longer than maxSleepMillis of real time: a clock set back (or a test's frozen
            // one) must not hold the loop, which would then miss deadlines and stop beating.
            long realDeadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxSleepMillis);
            while (running && !pending) {
                long wait = until - clock.millis();
                if (wait <= 0 || System.nanoTime() - realDeadline >= 0) {
                    break;
                }
                woken.await(Math.min(wait, maxSleepMillis), TimeUnit.MILLISECONDS);
            }
            pending = false;
            sleepingUntil = Long.MIN_VALUE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        running = false;
        wake();
        if (thread == null) {
            return;
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
