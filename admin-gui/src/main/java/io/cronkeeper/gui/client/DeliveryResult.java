package io.cronkeeper.gui.client;

import java.util.OptionalInt;

/** What happened to a test notification: delivered, or the far side's status and the error. */
public record DeliveryResult(boolean delivered, OptionalInt statusCode, String error) {
}
