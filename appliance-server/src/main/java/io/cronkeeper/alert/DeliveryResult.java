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
    /**
     * The error quotes the far side (an HTTP body, an SMTP reply), so its control characters
     * become U+FFFD: a NUL cannot be stored in PostgreSQL's text at all (the attempt would not be
     * logged and the alert never settled), and escapes would reach terminals through the logs.
     * Line breaks and tabs stay.
     */
    public DeliveryResult {
        error = printable(error);
    }

    private static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, '\ufffd');
            }
        }
        return out == null ? text : out.toString();
    }

    public static DeliveryResult ok(int statusCode) {
        return new DeliveryResult(true, OptionalInt.of(statusCode), "", false);
    }

    public static DeliveryResult failed(OptionalInt statusCode, String error, boolean retryable) {
        return new DeliveryResult(false, statusCode, error, retryable);
    }
}
