package io.cronkeeper.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Python's {@code isoformat()} for UTC datetimes, which the API's clients parse. */
public final class IsoTime {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'")
        .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'")
        .withZone(ZoneOffset.UTC);

    private IsoTime() {
    }

    /** Whole seconds, as the check object shows times. */
    public static String seconds(Instant t) {
        return SECONDS.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** With microseconds unless they are zero, as Python prints them. */
    public static String micros(long micros) {
        Instant t = Micros.toInstant(micros);
        return t.getNano() == 0 ? SECONDS.format(t) : MICROS.format(t);
    }
}
