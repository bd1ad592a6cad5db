package io.cronkeeper.ping;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cronkeeper.api.ApiException;
import io.cronkeeper.api.ApiShapes;
import io.cronkeeper.check.CheckChanges;
import io.helidon.common.uri.UriQuery;
import java.util.List;

/**
 * {@code ?create=1} on a slug URL, and the settings a new check takes from the same query:
 * {@code timeout}, {@code grace}, {@code schedule}, {@code tz} (Healthchecks creates every
 * check with the defaults; its users asked to say more in the URL). They are validated exactly
 * as the v3 API validates them, and only used when the ping creates the check.
 */
record Provisioning(boolean create, CheckChanges settings) {
    static final Provisioning NONE = new Provisioning(false, ApiShapes.parseCheckSpec(JsonNodeFactory.instance.objectNode()));
    private static final List<String> TEXT_FIELDS = List.of("schedule", "tz");
    private static final List<String> SECONDS_FIELDS = List.of("timeout", "grace");

    /** A bad setting, in words for the 400 answer. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    static Provisioning of(UriQuery query) throws Invalid {
        if (!query.contains("create") || !"1".equals(query.get("create"))) {
            return NONE;
        }
        ObjectNode spec = JsonNodeFactory.instance.objectNode();
        for (String field : SECONDS_FIELDS) {
            if (query.contains(field)) {
                String value = query.get(field);
                if (value.matches("-?[0-9]{1,18}")) {
                    spec.put(field, Long.parseLong(value));
                } else {
                    spec.put(field, value);
                }
            }
        }
        for (String field : TEXT_FIELDS) {
            if (query.contains(field)) {
                spec.put(field, query.get(field));
            }
        }
        try {
            return new Provisioning(true, ApiShapes.parseCheckSpec(spec));
        } catch (ApiException e) {
            throw new Invalid(e.getMessage().replace("json validation error: ", "invalid create parameter: "));
        }
    }
}
