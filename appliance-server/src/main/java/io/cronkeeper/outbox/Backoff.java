package io.cronkeeper.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When to try a failed delivery again: quickly at first (a receiver restarting), then spaced
 * out; after the last step the alert is given up as failed. About 4.5 hours in all.
 */
final class Backoff {
    private static final List<Duration> STEPS = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30),
        Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1),
        Duration.ofHours(2));

    private Backoff() {
    }

    /** The wait after the given number of failed attempts, or empty to give up. */
    static Optional<Duration> after(int attempts) {
        return attempts >= 1 && attempts <= STEPS.size() ? Optional.of(STEPS.get(attempts - 1)) : Optional.empty();
    }
}
