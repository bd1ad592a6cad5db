package io.cronkeeper.monitor;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A background thread that does a pass, then sleeps until the time the pass asks for (read from
 * the injected clock) or until someone wakes it. A wake-up that arrives during a pass is not
 * lost: the next sleep returns at once.
 */
public abstract class Loop implements AutoCloseable {

    private final System.Logger log = System.getLogger(getClass().getName());
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private final Clock clock;
    private final long maxSleepMillis;
    private final Thread thread;
    private boolean pending;
    private volatile boolean running = true;
    /** Epoch millis the loop sleeps until; a deadline before it needs a wake-up. */
    private volatile long sleepingUntil = Long.MIN_VALUE;

    /**
     * @param maxSleepMillis even with nothing due, look again this often: an edit through the API
     *                       or another process (the CLI) may have brought a deadline closer
     */
    protected Loop(String name, Clock clock, long maxSleepMillis) {
        this.clock = clock;
        this.maxSleepMillis = maxSleepMillis;
        this.thread = Thread.ofPlatform().name(name).daemon(true).unstarted(this::run);
    }

    public void start() {
        thread.start();
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
        while (running) {
            long next;
            try {
                next = pass();
            } catch (RuntimeException e) {
                log.log(Level.ERROR, "background pass failed; retrying in a second", e);
                next = clock.millis() + 1000;
            }
            sleepUntil(next);
        }
    }

    private void sleepUntil(long next) {
        lock.lock();
        try {
            long until = Math.min(next, clock.millis() + maxSleepMillis);
            sleepingUntil = until;
            while (running && !pending) {
                long wait = until - clock.millis();
                if (wait <= 0) {
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
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
