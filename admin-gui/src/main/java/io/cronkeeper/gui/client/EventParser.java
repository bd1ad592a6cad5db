package io.cronkeeper.gui.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;

/** An SSE frame of {@code GET /events} as a {@link ServerEvent}; unknown event types are ignored. */
final class EventParser {
    private EventParser() {
    }

    static Optional<ServerEvent> parse(SseParser.Frame frame) {
        JsonNode d;
        try {
            d = Transport.JSON.readTree(frame.data());
        } catch (IOException e) {
            return Optional.empty();
        }
        if (d == null) {
            return Optional.empty();
        }
        String project = Wire.text(d, "project");
        String check = Wire.text(d, "check_uuid");
        Optional<Check> state = d.path("check").isObject() ? Optional.of(Wire.check(d.get("check"))) : Optional.empty();
        return switch (frame.event()) {
            case "check" -> Optional.of(new ServerEvent.CheckChanged(project, check, Wire.text(d, "action"), state));
            case "ping" -> Optional.of(new ServerEvent.PingReceived(project, check, Wire.ping(d.path("ping")), state));
            case "flip" -> Optional.of(new ServerEvent.Flipped(project, check, Wire.flip(d.path("flip")), state));
            case "project" -> Optional.of(new ServerEvent.ProjectChanged(Wire.text(d, "action"),
                Wire.project(d.path("project"))));
            case "channel" -> Optional.of(new ServerEvent.ChannelChanged(project, Wire.text(d, "action"),
                Wire.channel(d.path("channel"))));
            case "overflow" -> Optional.of(new ServerEvent.Overflow());
            default -> Optional.empty();
        };
    }
}
