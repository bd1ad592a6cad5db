package io.cronkeeper.gui.client;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Server-Sent Events framing, fed one line at a time (the WHATWG rules the server follows):
 * fields accumulate until a blank line ends the event; comment lines ({@code : heartbeat}) are
 * skipped; {@code retry:} changes the reconnect delay.
 */
final class SseParser {
    record Frame(String event, String data, String id) {
    }

    private String event = "";
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;
    private String id = "";
    private OptionalLong retry = OptionalLong.empty();

    /** The completed frame when this line ended one. */
    Optional<Frame> line(String line) {
        if (line.isEmpty()) {
            return dispatch();
        }
        if (line.startsWith(":")) {
            return Optional.empty();
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> event = value;
            case "data" -> {
                if (hasData) {
                    data.append('\n');
                }
                data.append(value);
                hasData = true;
            }
            case "id" -> id = value;
            case "retry" -> {
                if (value.matches("\\d{1,9}")) {
                    retry = OptionalLong.of(Long.parseLong(value));
                }
            }
            default -> {
                // Unknown fields are ignored, as the spec says.
            }
        }
        return Optional.empty();
    }

    /** The last {@code retry:} the server sent, in milliseconds. */
    OptionalLong retry() {
        return retry;
    }

    private Optional<Frame> dispatch() {
        Optional<Frame> frame = hasData
            ? Optional.of(new Frame(event.isEmpty() ? "message" : event, data.toString(), id))
            : Optional.empty();
        event = "";
        data.setLength(0);
        hasData = false;
        return frame;
    }
}
