package io.cronkeeper.events;

import io.cronkeeper.health.Supervisor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Carries live events between nodes that share one PostgreSQL database (issue 17), with
 * {@code LISTEN/NOTIFY} on channel {@value #CHANNEL}: each event published on this node's
 * {@link EventBus} also goes to the other nodes ({@link NotifySender}), and theirs are handed to
 * this node's subscribers ({@link NotifyListener}). So the admin app's stream, connected to any
 * node, shows what happened on all of them.
 *
 * <p>Each relay has a random node id, carried in every payload, so a node skips its own events
 * (it receives its own NOTIFYs like everyone's). Nothing is kept: NOTIFY reaches only sessions
 * listening at the time. Whenever events may have been lost on the way (a full send queue, a
 * dropped connection on either side) the subscribers concerned get the bus's "missed events"
 * signal and their apps reload, as for a client that read too slowly.
 */
public final class ClusterEvents implements AutoCloseable {
    static final String CHANNEL = "cronkeeper_events";

    /**
     * Opens a connection of its own, outside any pool: LISTEN belongs to one session.
     * {@code applicationName} tells the relay's sessions apart in {@code pg_stat_activity}.
     */
    @FunctionalInterface
    public interface Connections {
        Connection open(String applicationName) throws SQLException;
    }

    private final NotifySender sender;
    private final NotifyListener listener;

    private ClusterEvents(NotifySender sender, NotifyListener listener) {
        this.sender = sender;
        this.listener = listener;
    }

    /**
     * Listens before returning, so every event published anywhere after start-up reaches this
     * node's subscribers; fails (like the rest of start-up) when the database cannot be reached.
     */
    public static ClusterEvents start(EventBus bus, Connections connections, Supervisor supervisor) {
        EventCodec codec = new EventCodec(UUID.randomUUID().toString());
        NotifyListener listener = NotifyListener.listening(bus, codec.node(), connections);
        NotifySender sender = new NotifySender(codec, connections);
        bus.relayTo(sender::offer);
        listener.start(supervisor);
        sender.start(supervisor);
        return new ClusterEvents(sender, listener);
    }

    @Override
    public void close() {
        // The sender first: what this node published while stopping still goes out.
        sender.close();
        listener.close();
    }
}
