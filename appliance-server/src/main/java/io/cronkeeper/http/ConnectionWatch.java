package io.cronkeeper.http;

import io.cronkeeper.config.HttpLimits;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ends connections whose client is too slow, which Helidon 4.5.0 never does on its own: its socket
 * reads have no timeout (half-sent heads stayed open for over 400 s). One virtual thread looks at
 * every open connection once a {@link #TICK_MILLIS}, and runs only while connections are open.
 * The rules, by what the connection is waiting for:
 * <ul>
 *   <li>a request head: it must be whole within the head timeout of its first byte (or of the
 *       connection's start): {@code 408}, then close;
 *   <li>the next request on a kept-alive connection that sent nothing yet: close after the idle
 *       timeout;
 *   <li>more of a body: close when no byte came for the body timeout ({@code 408} when no answer
 *       was sent yet);
 *   <li>the rest of a body it drains after an early answer: close after {@link #DRAIN_NANOS}.
 * </ul>
 */
final class ConnectionWatch {
    static final long TICK_MILLIS = 250;
    private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final long headNanos;
    private final long bodyNanos;
    private final long idleNanos;
    private final int maxConnections;
    private final Set<EdgeConnection> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean();

    ConnectionWatch(HttpLimits limits) {
        this.headNanos = limits.headTimeout().toNanos();
        this.bodyNanos = limits.bodyTimeout().toNanos();
        this.idleNanos = limits.idleTimeout().toNanos();
        this.maxConnections = limits.maxConnections();
    }

    /** Watches the connection; false when {@code http-max-connections} are open already (not watched then). */
    boolean add(EdgeConnection c) {
        if (count.incrementAndGet() > maxConnections) {
            count.decrementAndGet();
            return false;
        }
        open.add(c);
        if (running.compareAndSet(false, true)) {
            Thread.ofVirtual().name("cronkeeper-connection-watch").start(this::run);
        }
        return true;
    }

    void remove(EdgeConnection c) {
        if (open.remove(c)) {
            count.decrementAndGet();
        }
    }

    private void run() {
        while (true) {
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                running.set(false);
                return;
            }
            long now = System.nanoTime();
            for (EdgeConnection c : open) {
                check(c, now);
            }
            if (open.isEmpty()) {
                running.set(false);
                // a connection added between the check and the flag must not go unwatched
                if (open.isEmpty() || !running.compareAndSet(false, true)) {
                    return;
                }
            }
        }
    }

    private void check(EdgeConnection c, long now) {
        RequestFramer f = c.framer();
        long waiting = f.waitingSince();
        if (waiting == 0 || !c.watched()) {
            return; // the server is working on a request or writing; or the connection speaks HTTP/2
        }
        switch (f.phase()) {
            case HEAD -> {
                long headStart = f.headStartedAt();
                if (f.requests() > 0 && headStart == 0) {
                    if (now - waiting > idleNanos) {
                        c.timeOut(false);
                    }
                } else if (now - (f.requests() == 0 ? c.openedAt() : headStart) > headNanos) {
                    c.timeOut(true);
                }
            }
            case BODY -> {
                if (f.closing() ? now - waiting > DRAIN_NANOS : now - waiting > bodyNanos) {
                    c.timeOut(!f.closing());
                }
            }
            case PASSTHROUGH, CLOSED -> { }
        }
    }
}
