package io.cronkeeper.events;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Publish/subscribe for live updates. Publishing never blocks the caller (the ping writer
 * publishes after each commit): each subscriber has a bounded queue, and a subscriber that falls
 * behind is marked as having missed events so it can tell its client to reload.
 *
 * <p>With several nodes on one database (issue 17) a relay ({@link ClusterEvents}) takes every
 * event published here to the other nodes, and hands theirs to {@link #deliverRemote}, which
 * reaches this node's subscribers only (never the relay again).
 */
public final class EventBus {
    private static final int QUEUE = 10_000;
    static final String SLOW_CLIENT = "events were dropped because this client read too slowly; reload everything";

    private final CopyOnWriteArrayList<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private volatile Consumer<Event> relay;

    /** An event that happened on this node: to its subscribers and, if any, the other nodes. */
    public void publish(Event event) {
        deliverRemote(event);
        Consumer<Event> r = relay;
        if (r != null) {
            r.accept(event);
        }
    }

    /** An event that happened on another node: to this node's subscribers only. */
    public void deliverRemote(Event event) {
        for (Subscription s : subscriptions) {
            if (!s.queue.offer(event)) {
                s.missed(SLOW_CLIENT);
            }
        }
    }

    /** Every subscriber may have missed events (e.g. from other nodes while cut off): they reload. */
    public void missed(String reason) {
        subscriptions.forEach(s -> s.missed(reason));
    }

    /** Where this node's events also go; must not block. */
    void relayTo(Consumer<Event> relay) {
        this.relay = relay;
    }

    public Subscription subscribe() {
        Subscription s = new Subscription(this);
        subscriptions.add(s);
        return s;
    }

    /** This node's own subscribers (streams open to it). */
    public int subscribers() {
        return subscriptions.size();
    }

    /** Whether publishing reaches anyone: a subscriber here, or other nodes through the relay. */
    public boolean wanted() {
        return relay != null || !subscriptions.isEmpty();
    }

    /** One listener's queue; close it when the listener goes away. */
    public static final class Subscription implements AutoCloseable {
        /** Put in the queue to end a waiting poll early, so a missed-events notice goes out at once. */
        private static final Event WAKE = new Event("", 0, null, Map.of());

        private final EventBus bus;
        private final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(QUEUE);
        private final AtomicReference<String> missed = new AtomicReference<>();

        private Subscription(EventBus bus) {
            this.bus = bus;
        }

        /** The next event, or null after the timeout (or early, when events were missed meanwhile). */
        public Event poll(long timeout, TimeUnit unit) throws InterruptedException {
            Event e = queue.poll(timeout, unit);
            return e == WAKE ? null : e;
        }

        /** Why events were dropped since the last call, once; empty if none were. */
        public Optional<String> takeMissed() {
            return Optional.ofNullable(missed.getAndSet(null));
        }

        /** Whether a missed-events notice waits for {@link #takeMissed()}. */
        public boolean missedPending() {
            return missed.get() != null;
        }

        private void missed(String reason) {
            // The first reason stands until the client is told: either way it reloads.
            if (missed.compareAndSet(null, reason)) {
                queue.offer(WAKE);
            }
        }

        @Override
        public void close() {
            bus.subscriptions.remove(this);
        }
    }
}
