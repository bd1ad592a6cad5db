package io.cronkeeper.project;

/** A stored API key: only its prefix and hash, never the key itself. */
public record ApiKey(long id, long projectId, String prefix, String hash, boolean readOnly, String name, long created) {
}
