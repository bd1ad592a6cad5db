package io.cronkeeper.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.api.ApiException;
import io.cronkeeper.api.Json;
import io.cronkeeper.body.BudgetedBodies;
import io.cronkeeper.body.Reservation;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * Reading and validating admin request bodies: JSON objects of at most 1 MiB, read after the
 * token was checked, within the request's share of the body budget.
 */
final class Requests {
    static final int MAX_BODY = 1024 * 1024;
    private static final int MAX_NAME = 100;

    private Requests() {
    }

    /** The body as a JSON object; an empty body is an empty object. */
    static JsonNode body(ServerRequest req) throws IOException {
        byte[] bytes = new byte[0];
        Reservation reservation = BudgetedBodies.of(req);
        if (req.content().hasEntity()) {
            bytes = BudgetedBodies.read(req, MAX_BODY, reservation)
                .orElseThrow(() -> AdminException.payloadTooLarge("request body is larger than 1 MiB"));
        }
        BudgetedBodies.growForJsonTree(reservation, bytes.length);
        try {
            return Json.parseObject(bytes);
        } catch (ApiException e) {
            throw AdminException.badRequest(e.getMessage());
        }
    }

    /** A display name: required, a non-blank string of at most 100 characters. */
    static String name(JsonNode body) {
        return optionalName(body).orElseThrow(() -> AdminException.badRequest("\"name\" is required"));
    }

    static Optional<String> optionalName(JsonNode body) {
        Optional<String> name = optionalString(body, "name");
        name.ifPresent(n -> {
            if (n.isBlank()) {
                throw AdminException.badRequest("\"name\" must not be empty");
            }
            if (n.codePointCount(0, n.length()) > MAX_NAME) {
                throw AdminException.badRequest("\"name\" must be at most " + MAX_NAME + " characters");
            }
        });
        return name.map(String::strip);
    }

    static Optional<String> optionalString(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw AdminException.badRequest("\"" + field + "\" must be a string");
        }
        return Optional.of(v.asText());
    }

    static Optional<Boolean> optionalBool(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            throw AdminException.badRequest("\"" + field + "\" must be true or false");
        }
        return Optional.of(v.asBoolean());
    }

    static Optional<JsonNode> optionalObject(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isObject()) {
            throw AdminException.badRequest("\"" + field + "\" must be an object");
        }
        return Optional.of(v);
    }

    /** A path parameter such as a key id or ping number; empty if it is not a number. */
    static Optional<Long> wholeNumber(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A whole-number query parameter within bounds, e.g. a UNIX time. */
    static Optional<Long> longQuery(ServerRequest req, String name, long min, long max) {
        if (!req.query().contains(name)) {
            return Optional.empty();
        }
        String raw = req.query().get(name);
        try {
            long v = Long.parseLong(raw);
            if (v >= min && v <= max) {
                return Optional.of(v);
            }
        } catch (NumberFormatException e) {
            // Reported below with the accepted range.
        }
        throw AdminException.badRequest("\"" + name + "\" must be a whole number from " + min + " to " + max);
    }
}
