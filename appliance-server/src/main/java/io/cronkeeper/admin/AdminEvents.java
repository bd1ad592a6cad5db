package io.cronkeeper.admin;

import io.cronkeeper.channel.Channel;
import io.cronkeeper.check.Check;
import io.cronkeeper.events.Event;
import io.cronkeeper.events.EventBus;
import io.cronkeeper.project.Project;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Changes made through the admin API, announced on the event bus. Each carries the changed
 * object as the API just returned it, so a listening app updates its row without a request.
 */
final class AdminEvents {
    private final EventBus bus;

    AdminEvents(EventBus bus) {
        this.bus = bus;
    }

    void check(String action, Check check, Map<String, Object> json) {
        bus.publish(new Event("check", check.projectId(), check.uuid(), data(action, "check", json)));
    }

    void project(String action, Project project, Map<String, Object> json) {
        bus.publish(new Event("project", project.id(), null, data(action, "project", json)));
    }

    void channel(String action, Channel channel, Map<String, Object> json) {
        bus.publish(new Event("channel", channel.projectId(), null, data(action, "channel", json)));
    }

    private static Map<String, Object> data(String action, String key, Map<String, Object> json) {
        var m = new LinkedHashMap<String, Object>();
        m.put("action", action);
        m.put(key, json);
        return m;
    }
}
