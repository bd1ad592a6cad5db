package io.cronkeeper.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Events as they cross between nodes in a NOTIFY payload:
 * {@code {"node":"<sender's id>","missed":true,"events":[{"type":…,"project":…,"check":…,"data":{…}}]}}.
 * Several events share one payload (one NOTIFY per batch of pings, not per ping), which stays
 * under {@link #MAX_BYTES}: PostgreSQL refuses payloads of 8000 bytes or more. An event too large
 * on its own (an admin event carrying a check with a long description) goes without the check
 * object, which the receiving node's stream adds as it is now; one still too large is not sent,
 * and the other nodes are told they missed events instead.
 */
final class EventCodec {
    /** Well under PostgreSQL's 8000, with room for the envelope. */
    static final int MAX_BYTES = 7000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** What one payload said: the sender, whether it lost events, and the events. */
    record Message(String node, boolean missed, List<Event> events) {
    }

    private final String node;
    private final String head;

    EventCodec(String node) {
        this.node = node;
        this.head = "{\"node\":" + quote(node);
    }

    String node() {
        return node;
    }

    /**
     * Payloads for these events, in order, each under {@link #MAX_BYTES}.
     *
     * @param missed the sender dropped events before these: the first payload says so (then even
     *               with no events)
     */
    List<String> encode(List<Event> events, boolean missed) {
        List<String> payloads = new ArrayList<>();
        boolean tellMissed = missed;
        StringBuilder items = new StringBuilder();
        int itemBytes = 0;
        for (Event e : events) {
            Optional<String> item = item(e);
            if (item.isEmpty()) {
                tellMissed = true;
                continue;
            }
            int bytes = item.get().getBytes(StandardCharsets.UTF_8).length;
            if (!items.isEmpty() && envelopeBytes() + itemBytes + 1 + bytes > MAX_BYTES) {
                payloads.add(payload(tellMissed, items));
                tellMissed = false;
                items.setLength(0);
                itemBytes = 0;
            }
            if (!items.isEmpty()) {
                items.append(',');
                itemBytes++;
            }
            items.append(item.get());
            itemBytes += bytes;
        }
        if (!items.isEmpty() || tellMissed) {
            payloads.add(payload(tellMissed, items));
        }
        return payloads;
    }

    /** The payload of another node (or this one's own, which the caller skips by its node id). */
    static Message decode(String payload) {
        try {
            JsonNode root = JSON.readTree(payload);
            List<Event> events = new ArrayList<>();
            for (JsonNode e : root.path("events")) {
                JsonNode check = e.path("check");
                Map<String, Object> data = e.path("data").isObject() ? JSON.convertValue(e.path("data"), MAP) : Map.of();
                events.add(new Event(e.path("type").asText(), e.path("project").asLong(),
                    check.isTextual() ? check.asText() : null, data));
            }
            return new Message(root.path("node").asText(), root.path("missed").asBoolean(false), events);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an event payload: " + e.getMessage(), e);
        }
    }

    private String payload(boolean missed, CharSequence items) {
        return head + (missed ? ",\"missed\":true" : "") + ",\"events\":[" + items + "]}";
    }

    private int envelopeBytes() {
        return head.length() + ",\"missed\":true".length() + ",\"events\":[]}".length();
    }

    /** The event's JSON, without its check object if that makes it fit; empty if nothing fits. */
    private Optional<String> item(Event e) {
        int room = MAX_BYTES - envelopeBytes();
        Optional<String> full = json(e, e.data());
        if (full.isEmpty() || fits(full.get(), room)) {
            return full;
        }
        if (e.checkUuid() != null && e.data().get("check") instanceof Map) {
            var slim = new LinkedHashMap<>(e.data());
            slim.remove("check");
            return json(e, slim).filter(without -> fits(without, room));
        }
        return Optional.empty();
    }

    private static boolean fits(String s, int room) {
        // Cheap first: a UTF-8 byte count is at most three times the number of chars.
        return s.length() * 3 <= room || s.getBytes(StandardCharsets.UTF_8).length <= room;
    }

    /** Empty (logged) for data Jackson cannot write: a bug, but only the other nodes' streams lose it. */
    private static Optional<String> json(Event e, Map<String, Object> data) {
        var m = new LinkedHashMap<String, Object>();
        m.put("type", e.type());
        m.put("project", e.projectId());
        m.put("check", e.checkUuid());
        m.put("data", data);
        try {
            return Optional.of(JSON.writeValueAsString(m));
        } catch (JsonProcessingException ex) {
            System.getLogger(EventCodec.class.getName()).log(System.Logger.Level.WARNING,
                "a '" + e.type() + "' event cannot be sent to the other nodes", ex);
            return Optional.empty();
        }
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
