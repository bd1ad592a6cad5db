package io.cronkeeper.gui.client;

/** The answer to "assign to all checks": the channel, and how many checks it newly alerts for. */
public record AssignedToAll(Channel channel, int checksAssigned) {
}
