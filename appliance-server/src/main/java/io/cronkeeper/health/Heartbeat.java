package io.cronkeeper.health;

import java.time.Duration;
import java.util.Optional;

/**
 * The liveness of one background loop: the loop calls {@link #beat()} at least once per
 * {@link #period()}, and health is bad while it has not. Times are the monotonic clock's
 * ({@link System#nanoTime()}): liveness must not depend on the wall clock, which tests move.
 */
public final class Heartbeat {
    /** Where a supervised loop stands. */
    public enum State { NOT_STARTED, RUNNING, RESTARTING, STOPPED }

    private final String name;
    private final Duration period;
    private volatile long lastBeatNanos;
    private volatile long lastBeatMillis;
    private volatile State state = State.NOT_STARTED;
    private volatile String lastFailure = "";
    private volatile long restarts;
    /** A fault armed by a test (see {@link #injectFault}); thrown by every beat until healed. */
    private volatile Throwable fault;

    Heartbeat(String name, Duration period) {
        this.name = name;
        this.period = period;
    }

    /** Called by the loop each time round; throws an injected fault, never anything else. */
    public void beat() {
        Throwable f = fault;
        if (f != null) {
            throw sneaky(f);
        }
        lastBeatNanos = System.nanoTime();
        lastBeatMillis = System.currentTimeMillis();
        state = State.RUNNING;
    }

    public String name() {
        return name;
    }

    public Duration period() {
        return period;
    }

    public State state() {
        return state;
    }

    public long restarts() {
        return restarts;
    }

    /** The last failure of this loop, as logged: {@code "java.lang.Error: boom"}; empty if none. */
    public String lastFailure() {
        return lastFailure;
    }

    /** Wall-clock millis of the last beat, for display; empty before the first. */
    public Optional<Long> lastBeatEpochMillis() {
        return lastBeatMillis == 0 ? Optional.empty() : Optional.of(lastBeatMillis);
    }

    /** Why this loop is not healthy now, if it is not; a loop that was never started is no concern. */
    public Optional<String> problem(long nowNanos) {
        return switch (state) {
            case NOT_STARTED, STOPPED -> Optional.empty();
            case RESTARTING -> Optional.of(name + " is restarting after a failure: " + lastFailure);
            case RUNNING -> nowNanos - lastBeatNanos > period.toNanos()
                ? Optional.of(name + " has not run for " + Duration.ofNanos(nowNanos - lastBeatNanos).toSeconds()
                    + " s (expected every " + period.toSeconds() + " s)")
                : Optional.empty();
        };
    }

    void starting() {
        lastBeatNanos = System.nanoTime();
        state = State.RUNNING;
    }

    void failed(Throwable t) {
        lastFailure = t.toString();
        state = State.RESTARTING;
    }

    void restarted() {
        restarts++;
    }

    void stopped() {
        state = State.STOPPED;
    }

    /** Test seam: every {@link #beat()} throws {@code t} until {@link #heal()}. Package-private on purpose. */
    void injectFault(Throwable t) {
        fault = t;
    }

    void heal() {
        fault = null;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
