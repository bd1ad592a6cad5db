package io.cronkeeper.gui.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An integration: where a project's alerts go. {@code config} is whatever the kind needs.
 * {@code needsSettings}: imported (from Healthchecks) without its settings; it sends nothing until they are saved.
 */
public record Channel(String uuid, String project, String name, String kind, JsonNode config, boolean needsSettings) {

    public Channel(String uuid, String project, String name, String kind, JsonNode config) {
        this(uuid, project, name, kind, config, false);
    }

    public String displayName() {
        return name.isEmpty() ? kind : name;
    }
}
