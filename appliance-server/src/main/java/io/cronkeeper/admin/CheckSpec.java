package io.cronkeeper.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cronkeeper.api.ApiException;
import io.cronkeeper.api.ApiShapes;
import io.cronkeeper.check.CheckChanges;
import java.util.Optional;

/**
 * A create or update body, validated exactly as v3 validates it (same fields, same messages).
 * {@code channels} is taken out first: v3's parser predates stored integrations, and the admin
 * API resolves the v3 selector ({@code "*"}, {@code ""}, UUIDs or names) against the project.
 */
record CheckSpec(CheckChanges changes, Optional<String> channels) {
    static CheckSpec parse(JsonNode body) {
        ObjectNode fields = ((ObjectNode) body).deepCopy();
        JsonNode channels = fields.remove("channels");
        CheckChanges changes;
        try {
            changes = ApiShapes.parseCheckSpec(fields);
        } catch (ApiException e) {
            throw AdminException.badRequest(e.getMessage());
        }
        if (channels != null && !channels.isTextual()) {
            throw AdminException.badRequest("json validation error: channels is not a string");
        }
        return new CheckSpec(changes, Optional.ofNullable(channels).map(JsonNode::asText));
    }
}
