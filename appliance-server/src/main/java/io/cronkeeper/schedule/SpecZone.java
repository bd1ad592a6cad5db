package io.cronkeeper.schedule;

import java.time.ZoneId;

/** Where one OnCalendar line is evaluated. */
sealed interface SpecZone {
    /** No zone given: the zone of the time we search from (systemd: the process's TZ). */
    record Local() implements SpecZone {}

    /** A trailing {@code UTC}, or a {@code @timestamp}: plain UTC arithmetic. */
    record Utc() implements SpecZone {}

    /** A trailing IANA zone name. */
    record Named(ZoneId zone) implements SpecZone {}
}
