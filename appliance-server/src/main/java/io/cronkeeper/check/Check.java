package io.cronkeeper.check;

import io.cronkeeper.store.Micros;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A check row. Nullable columns are boxed here and exposed as {@link Optional} by the accessor
 * methods below; times are epoch microseconds as stored.
 */
public record Check(
    long id, String uuid, long projectId, String name, String slug, String tags, String description,
    String kind, int timeout, int grace, String schedule, String tz, String status, String methods,
    boolean manualResume, boolean filterSubject, boolean filterBody, boolean filterHttpBody,
    boolean filterDefaultFail, String startKw, String successKw, String failureKw, String badgeKey,
    long nPings, Long lastPing, Long lastStart, String lastStartRid, Long lastDuration, Long alertAfter,
    boolean hasConfirmationLink, long created, AlertOptions alerting, int failStreak, Long nextNag) {

    public StoredStatus storedStatus() {
        return StoredStatus.parse(status);
    }

    public Schedule scheduleSpec() {
        return Schedule.of(kind, Duration.ofSeconds(timeout), schedule, tz);
    }

    public Duration graceDuration() {
        return Duration.ofSeconds(grace);
    }

    /** How long a started run may take before the check is down. */
    public Duration startGraceDuration() {
        return alerting.startGraceDuration().orElse(graceDuration());
    }

    public Optional<Instant> lastPingAt() {
        return Optional.ofNullable(lastPing).map(Micros::toInstant);
    }

    public Optional<Instant> lastStartAt() {
        return Optional.ofNullable(lastStart).map(Micros::toInstant);
    }

    public Optional<Instant> alertAfterAt() {
        return Optional.ofNullable(alertAfter).map(Micros::toInstant);
    }

    public Optional<Duration> lastRunDuration() {
        return Optional.ofNullable(lastDuration).map(Duration::ofNanos).map(d -> d.multipliedBy(1000));
    }

    /** The fields a ping changes; the writer builds the check after a ping with this. */
    public record PingState(String status, long nPings, Long lastPing, Long lastStart, String lastStartRid,
                            Long lastDuration, Long alertAfter, boolean hasConfirmationLink, int failStreak,
                            Long nextNag) {
    }

    public PingState pingState() {
        return new PingState(status, nPings, lastPing, lastStart, lastStartRid, lastDuration, alertAfter,
            hasConfirmationLink, failStreak, nextNag);
    }

    public Check with(PingState s) {
        return new Check(id, uuid, projectId, name, slug, tags, description, kind, timeout, grace, schedule, tz,
            s.status(), methods, manualResume, filterSubject, filterBody, filterHttpBody, filterDefaultFail, startKw,
            successKw, failureKw, badgeKey, s.nPings(), s.lastPing(), s.lastStart(), s.lastStartRid(),
            s.lastDuration(), s.alertAfter(), s.hasConfirmationLink(), created, alerting, s.failStreak(),
            s.nextNag());
    }
}
