package io.cronkeeper.events;

import java.util.Map;

/**
 * Something the desktop app wants to see at once: a ping arrived ({@code ping}), a check's status
 * changed ({@code flip}), or a check was created, changed or deleted ({@code check}).
 *
 * @param data the event's fields as they go out as JSON
 */
public record Event(String type, long projectId, String checkUuid, Map<String, Object> data) {
}
