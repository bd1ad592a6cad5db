package io.cronkeeper.gui.client;

import java.util.Optional;

/** One event of the server's live stream ({@code GET /events}), already parsed. */
public sealed interface ServerEvent {

    /** A check was created, changed, paused, resumed or deleted; {@code check} is its state now. */
    record CheckChanged(String project, String checkUuid, String action, Optional<Check> check) implements ServerEvent {
        public boolean deleted() {
            return action.equals("deleted");
        }
    }

    record PingReceived(String project, String checkUuid, Ping ping, Optional<Check> check) implements ServerEvent {
    }

    record Flipped(String project, String checkUuid, Flip flip, Optional<Check> check) implements ServerEvent {
    }

    record ProjectChanged(String action, Project project) implements ServerEvent {
    }

    record ChannelChanged(String project, String action, Channel channel) implements ServerEvent {
    }

    /** Events were dropped: everything shown must be reloaded. */
    record Overflow() implements ServerEvent {
    }
}
