package io.cronkeeper.channel;

/**
 * An integration: where a project's alerts go. {@code config} is the kind's settings as JSON.
 * {@code needsSettings}: imported without its settings (migration V6); it sends nothing until they are saved.
 */
public record Channel(long id, String uuid, long projectId, String name, String kind, String config, long created,
                      boolean needsSettings) {
}
