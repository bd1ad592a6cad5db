package io.cronkeeper.ping;

import io.cronkeeper.check.Check;
import io.cronkeeper.check.Nags;
import io.cronkeeper.check.StatusRules;
import io.cronkeeper.check.StoredStatus;
import io.cronkeeper.store.Micros;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code Check.ping} of Healthchecks (reference §1.7) as a pure function: the check after the
 * ping, the flip it causes if any, and the kind the ping is stored with. Two of our alert options
 * act here: a run faster than the minimum run time is a failure ({@code too_fast}), and failures
 * below the check's threshold in a row are recorded without taking the check down.
 */
record PingTransition(Check after, PingKind kind, Optional<Flip> flip) {

    record Flip(String oldStatus, String newStatus, String reason) {
    }

    static PingTransition apply(Check check, PingKind requested, Instant now, Optional<String> rid,
                                boolean mentionsConfirm) {
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
        int failStreak = check.failStreak();
        Long nextNag = check.nextNag();
        Optional<Flip> flip = Optional.empty();
        String ridValue = rid.orElse(null);
        String failReason = "fail";

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
            Integer minRun = check.alerting().minRunTime();
            if (kind == PingKind.SUCCESS && lastDuration != null && minRun != null
                    && lastDuration < minRun * 1_000_000L) {
                kind = PingKind.FAIL;
                failReason = "too_fast";
            }
            failStreak = kind == PingKind.FAIL ? failStreak + 1 : 0;
            boolean belowThreshold = kind == PingKind.FAIL && failStreak < check.alerting().failThreshold();
            String newStatus = kind == PingKind.FAIL ? StoredStatus.DOWN.wire() : StoredStatus.UP.wire();
            if (!newStatus.equals(status) && !belowThreshold) {
                flip = Optional.of(new Flip(status, newStatus, kind == PingKind.FAIL ? failReason : ""));
                status = newStatus;
                nextNag = kind == PingKind.FAIL ? Nags.firstAfterDown(check, now) : null;
            }
        }
        Check moved = check.with(new Check.PingState(status, check.nPings() + 1, lastPing, lastStart, lastStartRid,
            lastDuration, null, mentionsConfirm, failStreak, nextNag));
        Long alertAfter = StatusRules.goingDownAfter(moved).map(Micros::of).orElse(null);
        Check.PingState state = moved.pingState();
        return new PingTransition(moved.with(new Check.PingState(state.status(), state.nPings(), state.lastPing(),
            state.lastStart(), state.lastStartRid(), state.lastDuration(), alertAfter, state.hasConfirmationLink(),
            state.failStreak(), state.nextNag())), kind, flip);
    }
}
