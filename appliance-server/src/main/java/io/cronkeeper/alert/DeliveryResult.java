package io.cronkeeper.alert;

import java.util.OptionalInt;

/**
 * The outcome of one delivery attempt, as logged per channel.
 *
 * @param statusCode the HTTP status (or SMTP reply code) the far side answered, if it answered
 * @param error      what went wrong, in words for the channel log; "" when delivered
 * @param retryable  whether trying again later could help (timeouts, 5xx, 429, refused
 *                   connections); false for a 4xx or a bad channel configuration
 */
public record DeliveryResult(boolean delivered, OptionalInt statusCode, String error, boolean retryable) {

    public static DeliveryResult ok(int statusCode) {
        return new DeliveryResult(true, OptionalInt.of(statusCode), "", false);
    }

    public static DeliveryResult failed(OptionalInt statusCode, String error, boolean retryable) {
        return new DeliveryResult(false, statusCode, error, retryable);
    }
}
