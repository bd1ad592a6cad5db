package io.cronkeeper.gui.client;

import com.fasterxml.jackson.databind.JsonNode;

/** An integration: where a project's alerts go. {@code config} is whatever the kind needs. */
public record Channel(String uuid, String project, String name, String kind, JsonNode config) {

    public String displayName() {
        return name.isEmpty() ? kind : name;
    }
}
