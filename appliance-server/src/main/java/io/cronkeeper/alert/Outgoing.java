package io.cronkeeper.alert;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One HTTP request a notifier wants sent.
 *
 * @param secrets values (tokens, keys) that must never appear in a reported error
 */
record Outgoing(String method, URI uri, Map<String, String> headers, Optional<String> body, List<String> secrets) {

    static Outgoing json(String method, URI uri, JsonNode payload, Map<String, String> extraHeaders, List<String> secrets) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("Content-Type", "application/json");
        headers.putAll(extraHeaders);
        return new Outgoing(method, uri, headers, Optional.of(payload.toString()), secrets);
    }

    /** An {@code application/x-www-form-urlencoded} POST, fields in the given order. */
    static Outgoing form(URI uri, Map<String, String> fields, List<String> secrets) {
        String body = fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
        return new Outgoing("POST", uri, Map.of("Content-Type", "application/x-www-form-urlencoded"),
            Optional.of(body), secrets);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
