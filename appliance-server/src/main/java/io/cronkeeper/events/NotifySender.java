package io.cronkeeper.events;

import io.cronkeeper.health.Heartbeat;
import io.cronkeeper.health.Supervisor;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends this node's events to the others, on its own thread and connection, so that publishing
 * (the ping writer's, after each commit) never waits for the database. Events wait in a bounded
 * queue; what does not fit is dropped and the other nodes are told they missed events, as are
 * they when a send fails with the connection (the events in hand may or may not have gone out).
 * Everything queued at a time goes out together, packed into as few NOTIFYs as fit.
 */
final class NotifySender implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(NotifySender.class.getName());
    private static final int QUEUE = 10_000;
    private static final int MAX_BATCH = 1_000;
    private static final long RECONNECT_PAUSE_MILLIS = 1_000;

    private final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicBoolean dropped = new AtomicBoolean();
    private final EventCodec codec;
    private final ClusterEvents.Connections connections;
    private Heartbeat heartbeat;
    private Thread thread;
    private volatile boolean running = true;
    /** Logged once when sending starts failing and once when it works again. */
    private boolean failing;

    NotifySender(EventCodec codec, ClusterEvents.Connections connections) {
        this.codec = codec;
        this.connections = connections;
    }

    void start(Supervisor supervisor) {
        heartbeat = supervisor.heartbeat("event-relay-send", Duration.ofSeconds(30));
        thread = supervisor.start(heartbeat, this::run);
    }

    /** Never blocks: the bus calls it on the publisher's thread. */
    void offer(Event event) {
        if (!queue.offer(event)) {
            dropped.set(true);
        }
    }

    private void run() throws InterruptedException {
        while (running || !queue.isEmpty()) {
            try (Connection c = connections.open("cronkeeper-events-send");
                 PreparedStatement notify = c.prepareStatement("SELECT pg_notify('" + ClusterEvents.CHANNEL + "', ?)")) {
                if (failing) {
                    LOG.log(Level.INFO, "live events reach the other nodes again");
                    failing = false;
                }
                serve(notify);
                return;
            } catch (SQLException e) {
                // The events in hand may or may not have gone out: the other nodes reload either way.
                dropped.set(true);
                if (!failing) {
                    LOG.log(Level.WARNING, "cannot send live events to the other nodes (" + e.getMessage()
                        + "); retrying every second, their admin apps will be told to reload");
                    failing = true;
                }
                heartbeat.beat();
                if (!running) {
                    // Stopping with the database gone: what is queued cannot go anywhere.
                    return;
                }
                Thread.sleep(RECONNECT_PAUSE_MILLIS);
            }
        }
    }

    /** Sends until stopped (and the queue is empty) or the connection fails. */
    private void serve(PreparedStatement notify) throws SQLException, InterruptedException {
        List<Event> batch = new ArrayList<>();
        while (running || !queue.isEmpty() || dropped.get()) {
            heartbeat.beat();
            Event first = queue.poll(200, TimeUnit.MILLISECONDS);
            if (first != null) {
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
            }
            // Their apps reload on it, so where it falls among these events does not matter.
            boolean missed = dropped.getAndSet(false);
            if (batch.isEmpty() && !missed) {
                continue;
            }
            try {
                for (String payload : codec.encode(batch, missed)) {
                    notify.setString(1, payload);
                    notify.execute();
                }
            } finally {
                batch.clear();
            }
        }
    }

    @Override
    public void close() {
        running = false;
        if (thread == null) {
            return;
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
