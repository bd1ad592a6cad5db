package io.cronkeeper.events;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * In-process publish/subscribe for live updates. Publishing never blocks the caller (the ping
 * writer publishes after each commit): each subscriber has a bounded queue, and a subscriber
 * that falls behind is marked overflowed so it can tell its client to reload.
 */
public final class EventBus {
    private static final int QUEUE = 10_000;
    private final CopyOnWriteArrayList<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    public void publish(Event event) {
        for (Subscription s : subscriptions) {
            if (!s.queue.offer(event)) {
                s.overflowed.set(true);
            }
        }
    }

    public Subscription subscribe() {
        Subscription s = new Subscription(this);
        subscriptions.add(s);
        return s;
    }

    public int subscribers() {
        return subscriptions.size();
    }

    /** One listener's queue; close it when the listener goes away. */
    public static final class Subscription implements AutoCloseable {
        private final EventBus bus;
        private final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(QUEUE);
        private final AtomicBoolean overflowed = new AtomicBoolean();

        private Subscription(EventBus bus) {
            this.bus = bus;
        }

        /** The next event, or null after the timeout. */
        public Event poll(long timeout, TimeUnit unit) throws InterruptedException {
            return queue.poll(timeout, unit);
        }

        /** True once if events were dropped since the last call. */
        public boolean takeOverflow() {
            return overflowed.getAndSet(false);
        }

        @Override
        public void close() {
            bus.subscriptions.remove(this);
        }
    }
}
