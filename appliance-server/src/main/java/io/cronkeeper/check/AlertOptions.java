package io.cronkeeper.check;

import io.cronkeeper.store.Micros;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What Healthchecks users have long asked for, per check. Durations are seconds and times epoch
 * micros as stored; a null means the option is off.
 *
 * @param startGrace    how long a run may take after {@code /start} before the check is down
 *                      (Healthchecks uses the grace time for that)
 * @param minRunTime    a timed run that succeeds faster than this counts as a failure
 * @param failThreshold failure pings in a row before the check goes down (1 = the first one)
 * @param repeatEvery   how often to alert again while the check stays down
 * @param snoozedUntil  alerts are held back until this moment
 */
public record AlertOptions(Integer startGrace, Integer minRunTime, int failThreshold, Integer repeatEvery,
                           Long snoozedUntil) {
    public static final AlertOptions DEFAULTS = new AlertOptions(null, null, 1, null, null);

    public Optional<Duration> startGraceDuration() {
        return Optional.ofNullable(startGrace).map(Duration::ofSeconds);
    }

    public Optional<Duration> repeatDuration() {
        return Optional.ofNullable(repeatEvery).map(Duration::ofSeconds);
    }

    public Optional<Instant> snoozedUntilAt() {
        return Optional.ofNullable(snoozedUntil).map(Micros::toInstant);
    }

    public boolean snoozedAt(Instant now) {
        return snoozedUntil != null && Micros.of(now) < snoozedUntil;
    }
}
