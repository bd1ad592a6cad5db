package io.cronkeeper.project;

/** A project row; the ping key may be absent (then slug URLs do not work for it). */
public record Project(long id, String uuid, String name, String pingKey, String badgeKey, long created) {
}
