package io.cronkeeper.gui.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Form values in and out of a channel's config: a dotted key is a nested object, headers are
 * "Name: value" lines. A webhook with one request for both directions ({@code url} at the top)
 * shows as equal down and up requests and is saved as such, which the server treats alike.
 */
final class ConfigPaths {
    private static final String[] REQUEST_KEYS = {"url", "method", "headers", "body"};

    private ConfigPaths() {
    }

    static String read(JsonNode config, ConfigField field) {
        String[] path = field.key().split("\\.");
        JsonNode node = config;
        for (String part : path) {
            node = node.path(part);
        }
        if (node.isMissingNode() && path.length == 2 && config.has("url")) {
            node = config.path(path[1]);
        }
        if (field.input() == ChannelForms.Input.MULTILINE && node.isObject()) {
            StringBuilder lines = new StringBuilder();
            node.properties().forEach(e -> lines.append(e.getKey()).append(": ").append(e.getValue().asText()).append('\n'));
            return lines.toString().strip();
        }
        return node.isValueNode() ? node.asText("") : "";
    }

    /** Writes the field's value into {@code config}; blank values leave the key as the JSON editor had it. */
    @SuppressWarnings("unchecked")
    static void write(Map<String, Object> config, ConfigField field) {
        String value = field.value().get() == null ? "" : field.value().get().strip();
        if (value.isEmpty()) {
            return;
        }
        String[] path = field.key().split("\\.");
        Map<String, Object> target = config;
        if (path.length == 2) {
            // Separate down/up requests replace a single request for both.
            for (String k : REQUEST_KEYS) {
                config.remove(k);
            }
            Object nested = config.get(path[0]);
            if (!(nested instanceof Map)) {
                nested = new LinkedHashMap<String, Object>();
                config.put(path[0], nested);
            }
            target = (Map<String, Object>) nested;
        }
        String key = path[path.length - 1];
        target.put(key, key.equals("headers") ? headers(value) : key.equals("method") ? value.toUpperCase(java.util.Locale.ROOT) : value);
    }

    /** "Name: value" lines as an object; a line without a colon is kept as a name with an empty value. */
    static Map<String, String> headers(String text) {
        var headers = new LinkedHashMap<String, String>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            headers.put((colon < 0 ? line : line.substring(0, colon)).strip(), colon < 0 ? "" : line.substring(colon + 1).strip());
        }
        return headers;
    }
}
