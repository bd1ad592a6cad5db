package io.cronkeeper.events;

import io.cronkeeper.health.Heartbeat;
import io.cronkeeper.health.Supervisor;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens for the other nodes' events on a connection of its own and hands them to this node's
 * subscribers. A lost connection is opened again every second until it works; the notifications
 * sent meanwhile are gone, so the subscribers are then told they missed events and reload.
 * A quiet connection is probed now and then: a database that vanished without closing the
 * connection would otherwise go unnoticed while nothing arrives.
 */
final class NotifyListener implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(NotifyListener.class.getName());
    /** How long one wait for notifications lasts: also how soon a stop is noticed. */
    private static final int WAIT_MILLIS = 500;
    private static final long PROBE_AFTER_NANOS = Duration.ofSeconds(10).toNanos();
    private static final long RECONNECT_PAUSE_MILLIS = 1_000;
    /** What pg_stat_activity shows for the listening sessions. */
    static final String APPLICATION_NAME = "cronkeeper-events-listen";
    static final String RECONNECTED = "the connection to the other nodes was lost for a while and their events"
        + " may have been missed; reload everything";
    static final String SENDER_DROPPED = "another node could not send all of its events; reload everything";

    private final EventBus bus;
    private final String node;
    private final ClusterEvents.Connections connections;
    /** The loop thread's once started; null while reconnecting. */
    private Connection connection;
    private Heartbeat heartbeat;
    private Thread thread;
    private volatile boolean running = true;
    private boolean badPayloadLogged;

    private NotifyListener(EventBus bus, String node, ClusterEvents.Connections connections, Connection connection) {
        this.bus = bus;
        this.node = node;
        this.connections = connections;
        this.connection = connection;
    }

    /** Already listening when it returns. */
    static NotifyListener listening(EventBus bus, String node, ClusterEvents.Connections connections) {
        try {
            return new NotifyListener(bus, node, connections, listen(connections));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot listen for the other nodes' live events: " + e.getMessage(), e);
        }
    }

    void start(Supervisor supervisor) {
        heartbeat = supervisor.heartbeat("event-relay-listen", Duration.ofSeconds(30));
        thread = supervisor.start(heartbeat, this::run);
    }

    private static Connection listen(ClusterEvents.Connections connections) throws SQLException {
        Connection c = connections.open(APPLICATION_NAME);
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + ClusterEvents.CHANNEL);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private void run() throws InterruptedException {
        boolean failing = false;
        try {
            while (running) {
                try {
                    if (connection == null) {
                        connection = listen(connections);
                        LOG.log(Level.INFO, "listening to the other nodes' live events again");
                        failing = false;
                        bus.missed(RECONNECTED);
                    }
                    receive(connection.unwrap(PGConnection.class));
                } catch (SQLException e) {
                    closeQuietly(connection);
                    connection = null;
                    if (!failing) {
                        LOG.log(Level.WARNING, "lost the other nodes' live events (" + e.getMessage()
                            + "); reconnecting every second");
                        failing = true;
                    }
                    heartbeat.beat();
                    Thread.sleep(RECONNECT_PAUSE_MILLIS);
                }
            }
        } finally {
            closeQuietly(connection);
            connection = null;
        }
    }

    /** Until stopped, or the connection fails. */
    private void receive(PGConnection pg) throws SQLException {
        long quietSince = System.nanoTime();
        while (running) {
            heartbeat.beat();
            PGNotification[] got = pg.getNotifications(WAIT_MILLIS);
            if (got != null && got.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification n : got) {
                    handle(n.getParameter());
                }
            } else if (System.nanoTime() - quietSince > PROBE_AFTER_NANOS) {
                try (Statement s = connection.createStatement()) {
                    s.execute("SELECT 1");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private void handle(String payload) {
        if (bus.subscribers() == 0) {
            // Nobody to tell, now: a stream opened later starts from a full load anyway.
            return;
        }
        EventCodec.Message message;
        try {
            message = EventCodec.decode(payload);
        } catch (IllegalArgumentException e) {
            if (!badPayloadLogged) {
                LOG.log(Level.WARNING, "ignoring a live event payload this node cannot read (a node of"
                    + " another version?): " + e.getMessage());
                badPayloadLogged = true;
            }
            bus.missed(SENDER_DROPPED);
            return;
        }
        if (message.node().equals(node)) {
            return;
        }
        if (message.missed()) {
            bus.missed(SENDER_DROPPED);
        }
        message.events().forEach(bus::deliverRemote);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // Already broken: nothing to release.
        }
    }

    @Override
    public void close() {
        running = false;
        if (thread == null) {
            closeQuietly(connection);
            return;
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
