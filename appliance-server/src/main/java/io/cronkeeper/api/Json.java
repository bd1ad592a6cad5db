package io.cronkeeper.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;

/** JSON in and out of the APIs. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    /** Strict like Python's json.loads: data after the value is an error, not ignored. */
    private static final ObjectReader STRICT = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    public static void send(ServerResponse res, Object value) {
        try {
            res.header(HeaderNames.CONTENT_TYPE, "application/json").send(MAPPER.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A POST body as Healthchecks reads it, before authentication: empty is an empty object,
     * invalid JSON and non-objects are rejected with its exact messages.
     */
    public static JsonNode parseObject(byte[] body) {
        if (body.length == 0) {
            return MAPPER.createObjectNode();
        }
        JsonNode node;
        try {
            node = STRICT.readTree(body);
        } catch (IOException e) {
            throw new ApiException.BadRequest("could not parse request body");
        }
        if (node == null || node.isMissingNode()) {
            // Only whitespace: non-empty, so Healthchecks parses it, and fails.
            throw new ApiException.BadRequest("could not parse request body");
        }
        if (!node.isObject()) {
            throw new ApiException.BadRequest("json validation error: value is not an object");
        }
        return node;
    }
}
