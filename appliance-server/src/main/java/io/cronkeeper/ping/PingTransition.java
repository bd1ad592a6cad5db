package io.cronkeeper.ping;

import io.cronkeeper.check.Check;
import io.cronkeeper.check.StatusRules;
import io.cronkeeper.check.StoredStatus;
import io.cronkeeper.store.Micros;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code Check.ping} of Healthchecks (reference §1.7) as a pure function: the check after the
 * ping, the flip it causes if any, and the kind the ping is stored with.
 */
record PingTransition(Check after, PingKind kind, Optional<Flip> flip) {

    record Flip(String oldStatus, String newStatus, String reason) {
    }

    static PingTransition apply(Check check, PingKind requested, Instant now, Optional<String> rid, byte[] body) {
        PingKind kind = requested;
        if (check.storedStatus() == StoredStatus.PAUSED && check.manualResume()) {
            kind = PingKind.IGN;
        }
        long nowMicros = Micros.of(now);
        String status = check.status();
        Long lastPing = check.lastPing();
        Long lastStart = check.lastStart();
        String lastStartRid = check.lastStartRid();
        Long lastDuration = check.lastDuration();
        Optional<Flip> flip = Optional.empty();
        String ridValue = rid.orElse(null);

        if (kind == PingKind.START) {
            lastStart = nowMicros;
            lastStartRid = ridValue;
        } else if (kind == PingKind.SUCCESS || kind == PingKind.FAIL) {
            lastPing = nowMicros;
            lastDuration = null;
            if (lastStart != null) {
                if (Objects.equals(lastStartRid, ridValue)) {
                    lastDuration = nowMicros - lastStart;
                    lastStart = null;
                } else if (kind == PingKind.FAIL || ridValue == null) {
                    lastStart = null;
                }
                // else: a success of another run leaves the running one timed.
            }
            if (lastStart == null) {
                lastStartRid = null;
            }
            String newStatus = kind == PingKind.FAIL ? StoredStatus.DOWN.wire() : StoredStatus.UP.wire();
            if (!newStatus.equals(status)) {
                flip = Optional.of(new Flip(status, newStatus, kind == PingKind.FAIL ? "fail" : ""));
                status = newStatus;
            }
        }
        boolean confirmation = new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("confirm");
        Check moved = new Check(check.id(), check.uuid(), check.projectId(), check.name(), check.slug(), check.tags(),
            check.description(), check.kind(), check.timeout(), check.grace(), check.schedule(), check.tz(), status,
            check.methods(), check.manualResume(), check.filterSubject(), check.filterBody(), check.filterHttpBody(),
            check.filterDefaultFail(), check.startKw(), check.successKw(), check.failureKw(), check.badgeKey(),
            check.nPings() + 1, lastPing, lastStart, lastStartRid, lastDuration, null, confirmation, check.created());
        Long alertAfter = StatusRules.goingDownAfter(moved).map(Micros::of).orElse(null);
        return new PingTransition(withAlertAfter(moved, alertAfter), kind, flip);
    }

    private static Check withAlertAfter(Check c, Long alertAfter) {
        return new Check(c.id(), c.uuid(), c.projectId(), c.name(), c.slug(), c.tags(), c.description(), c.kind(),
            c.timeout(), c.grace(), c.schedule(), c.tz(), c.status(), c.methods(), c.manualResume(), c.filterSubject(),
            c.filterBody(), c.filterHttpBody(), c.filterDefaultFail(), c.startKw(), c.successKw(), c.failureKw(),
            c.badgeKey(), c.nPings(), c.lastPing(), c.lastStart(), c.lastStartRid(), c.lastDuration(), alertAfter,
            c.hasConfirmationLink(), c.created());
    }
}
