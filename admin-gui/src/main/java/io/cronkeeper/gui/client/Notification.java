package io.cronkeeper.gui.client;

import java.time.Instant;
import java.util.Optional;

/**
 * A queued alert of a check for one channel, as {@code GET /checks/{uuid}/notifications} lists it.
 * {@code channel} is the channel's uuid, empty when the channel is gone; {@code kind} is alert or
 * nag; {@code state} is pending, sending, sent, failed or snoozed. {@code nextAttempt} is there
 * only while the alert is pending, {@code finished} once it was sent or given up.
 */
public record Notification(String channel, String kind, Instant due, String state, int attempts,
                           Optional<Instant> nextAttempt, Optional<Instant> finished) {
}
