package io.cronkeeper.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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
            node = STRICT.readTree(strictUtf8(body));
        } catch (IOException e) {
            throw new ApiException.BadRequest("could not parse request body");
        }
        if (hasUnstorableText(node)) {
            // "\ud800" is valid JSON syntax but no text: it would be stored as "?" (issue 14).
            // "\u0000" is text that PostgreSQL cannot store at all; refused on SQLite too, so
            // both stores accept the same requests (issue 17).
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

    /**
     * The body as text, refusing what is not UTF-8 (as Python's json.loads of bytes does). Jackson
     * alone lets overlong forms and UTF-8-encoded surrogates through.
     */
    private static String strictUtf8(byte[] body) throws IOException {
        return StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(body))
            .toString();
    }

    private static boolean hasUnstorableText(JsonNode node) {
        if (node.isTextual()) {
            return unstorable(node.textValue());
        }
        for (var it = node.fields(); it.hasNext(); ) {
            var field = it.next();
            if (unstorable(field.getKey()) || hasUnstorableText(field.getValue())) {
                return true;
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (hasUnstorableText(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean unstorable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\0') {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
