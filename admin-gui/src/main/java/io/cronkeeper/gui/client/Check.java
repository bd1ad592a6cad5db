package io.cronkeeper.gui.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A check as the admin API shows it. {@code raw} keeps the whole object, so fields the app does
 * not model yet (alert options of a newer server) survive and can be shown and edited.
 */
public record Check(String uuid, String project, String name, String slug, List<String> tags, String desc,
                    CheckStatus status, Schedule schedule, long grace, Optional<Instant> lastPing,
                    Optional<Instant> nextPing, Optional<Instant> alertAfter, long nPings, String pingUrl,
                    Optional<String> pingUrlSlug, List<String> channels, OptionalDouble lastDuration,
                    JsonNode raw) {

    /** The name people see: the check's name, or its UUID when it has none. */
    public String displayName() {
        return name.isEmpty() ? uuid : name;
    }

    public boolean paused() {
        return status == CheckStatus.PAUSED;
    }
}
