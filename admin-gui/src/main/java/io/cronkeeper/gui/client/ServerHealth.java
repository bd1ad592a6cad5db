package io.cronkeeper.gui.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's own health ({@code GET /health}): problems a restart may fix (a background loop
 * that stopped, a database that does not answer) and warnings an operator must fix (a full disk).
 */
public record ServerHealth(boolean healthy, List<String> problems, List<String> warnings) {
    /** What a client that cannot ask reports: nothing known to be wrong. */
    public static final ServerHealth UNKNOWN = new ServerHealth(true, List.of(), List.of());

    static ServerHealth from(JsonNode json) {
        return new ServerHealth(json.path("healthy").asBoolean(true), texts(json.path("problems")),
            texts(json.path("warnings")));
    }

    /** Everything wrong, one item per line. */
    public String summary() {
        var all = new ArrayList<String>(problems);
        all.addAll(warnings);
        return String.join("\n", all);
    }

    private static List<String> texts(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }
}
