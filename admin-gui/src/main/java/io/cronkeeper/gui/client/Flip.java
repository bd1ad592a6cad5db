package io.cronkeeper.gui.client;

import java.time.Instant;

/** A status change of a check. */
public record Flip(Instant timestamp, String oldStatus, String newStatus, String reason) {
}
