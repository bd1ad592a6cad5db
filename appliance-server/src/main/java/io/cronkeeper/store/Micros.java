package io.cronkeeper.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps are stored as UTC epoch microseconds, the precision Healthchecks reports. */
public final class Micros {
    private Micros() {
    }

    public static long of(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    public static Instant toInstant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
