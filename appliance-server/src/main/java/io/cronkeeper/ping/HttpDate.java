package io.cronkeeper.ping;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The current time as an HTTP date, formatted once per second rather than once per response. */
final class HttpDate {
    private record Formatted(long second, String text) {
    }

    private volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

    String now() {
        long second = Instant.now().getEpochSecond();
        Formatted f = last;
        if (f.second() != second) {
            f = new Formatted(second, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Instant.ofEpochSecond(second).atOffset(ZoneOffset.UTC)));
            last = f;
        }
        return f.text();
    }
}
