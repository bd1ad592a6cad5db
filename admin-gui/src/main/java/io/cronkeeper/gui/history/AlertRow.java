package io.cronkeeper.gui.history;

import io.cronkeeper.gui.client.Channel;
import io.cronkeeper.gui.client.Flip;
import io.cronkeeper.gui.client.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One queued or sent alert as the history table shows it: the channel by name, and the kind as
 * what it announces ({@code down}, {@code up}, {@code nag}) rather than the outbox's alert/nag.
 */
public record AlertRow(String channel, String kind, String state, int attempts, Instant due,
                       Optional<Instant> nextAttempt, Optional<Instant> finished) {

    static final String GONE = "(deleted channel)";

    /**
     * The server does not say which flip an alert announces; an alert is due at the very time of
     * its flip (the outbox queues it in the flip's transaction, stamped with the flip's time), so
     * the flip with that timestamp tells whether it says down or up. A nag always says down.
     */
    static AlertRow of(Notification n, List<Flip> flips, List<Channel> channels) {
        String channel = n.channel().isEmpty() ? GONE : channels.stream()
            .filter(c -> c.uuid().equals(n.channel())).map(Channel::name).findFirst().orElse(n.channel());
        String kind = switch (n.kind()) {
            case "alert" -> flips.stream().filter(f -> f.timestamp().equals(n.due())).map(Flip::newStatus)
                .findFirst().orElse("alert");
            case "nag" -> "nag";
            default -> n.kind();
        };
        return new AlertRow(channel, kind, n.state(), n.attempts(), n.due(), n.nextAttempt(), n.finished());
    }

    /** Pending and sending alerts change state with no event to say so. */
    boolean inFlight() {
        return state.equals("pending") || state.equals("sending");
    }
}
