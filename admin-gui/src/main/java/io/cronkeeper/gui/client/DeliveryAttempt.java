package io.cronkeeper.gui.client;

import java.time.Instant;
import java.util.OptionalInt;

/** One try at delivering to a channel: {@code kind} is alert, nag or test; {@code status} the check's (down/up). */
public record DeliveryAttempt(Instant date, String kind, String status, boolean delivered, OptionalInt statusCode,
                              String error) {
}
