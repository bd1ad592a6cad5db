package io.cronkeeper.alert;

import com.fasterxml.jackson.databind.JsonNode;

/** Delivers an alert over one channel kind, in the wire format the real service expects. */
public interface Notifier {

    /**
     * Sends one alert to the channel described by {@code config} (the channel's stored JSON
     * settings). Never throws for a delivery problem: the result says what happened.
     */
    DeliveryResult deliver(Alert alert, JsonNode config);
}
