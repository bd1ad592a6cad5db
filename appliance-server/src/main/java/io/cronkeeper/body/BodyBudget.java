package io.cronkeeper.body;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One byte budget shared by every request body held in memory at once (pings, the Management
 * and admin APIs). A request that needs more than is left waits briefly for others to finish,
 * then is refused ({@link Exhausted}: {@code 503} with {@code Retry-After}); so no number of
 * large or slow bodies can take the heap. A single request larger than the whole budget is
 * refused at once.
 */
public final class BodyBudget {
    /** How long a body waits for room before its request is refused. */
    public static final Duration WAIT = Duration.ofSeconds(2);

    private final long capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private final LongAdder refused = new LongAdder();
    private long used;

    public BodyBudget(long capacity) {
        this.capacity = capacity;
    }

    /** Room for no body at all: nothing is ever refused. For code run outside the server's routing. */
    public static BodyBudget unlimited() {
        return new BodyBudget(Long.MAX_VALUE);
    }

    /** A request's share, empty at first; close it when the request is done. */
    public Reservation open() {
        return new Reservation(this);
    }

    /** Bytes held now (for health). */
    public long used() {
        lock.lock();
        try {
            return used;
        } finally {
            lock.unlock();
        }
    }

    public long capacity() {
        return capacity;
    }

    /** Requests refused so far for want of room (for metrics). */
    public long refused() {
        return refused.sum();
    }

    void take(long bytes) {
        if (bytes <= 0) {
            return;
        }
        lock.lock();
        try {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (bytes > capacity - used) {
                long left = deadline - System.nanoTime();
                if (bytes > capacity || left <= 0) {
                    refused.increment();
                    throw new Exhausted();
                }
                released.await(left, TimeUnit.NANOSECONDS);
            }
            used += bytes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            refused.increment();
            throw new Exhausted();
        } finally {
            lock.unlock();
        }
    }

    void give(long bytes) {
        if (bytes <= 0) {
            return;
        }
        lock.lock();
        try {
            used -= bytes;
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** No room for this body now: the client should try again shortly. */
    public static final class Exhausted extends RuntimeException {
        Exhausted() {
            super("the server is busy receiving other requests; try again shortly", null, false, false);
        }
    }
}
