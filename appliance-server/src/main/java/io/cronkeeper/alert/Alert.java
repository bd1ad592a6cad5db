package io.cronkeeper.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything a channel needs to tell someone that a check changed state. Built once per flip by
 * the outbox, then rendered by each channel kind in its own wire format.
 *
 * @param status     the new status: {@code "down"} or {@code "up"}
 * @param reason     why: {@code "timeout"}, {@code "fail"}, {@code "nag"} (repeat while down),
 *                   {@code "test"} (a test notification) or {@code ""} for a success ping
 * @param now        when the state changed (the flip's time, the exact deadline for a timeout)
 * @param checkJson  the check as the Management API v3 shows it (for webhook {@code $JSON})
 * @param lastBody   the last ping's body, decoded as UTF-8 with replacement ("" when none)
 * @param checkUrl   where a person can look at the check (the admin API URL of the check)
 */
public record Alert(
        String checkUuid,
        String checkName,
        String slug,
        List<String> tags,
        String projectName,
        String status,
        String reason,
        Instant now,
        Optional<Instant> lastPing,
        Optional<String> lastPingKind,
        String lastBody,
        OptionalInt exitStatus,
        String checkJson,
        String checkUrl) {

    public boolean down() {
        return status.equals("down");
    }

    /** The name people see: the check's name, or its UUID when it has none. */
    public String displayName() {
        return checkName.isEmpty() ? checkUuid : checkName;
    }
}
