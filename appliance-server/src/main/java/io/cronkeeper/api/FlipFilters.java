package io.cronkeeper.api;

import io.helidon.common.uri.UriQuery;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code start}, {@code end} and {@code seconds} filters of the flips list, validated as
 * Healthchecks' {@code FlipsFiltersForm} does (reference §4.7). Any invalid value is a 400 with
 * an empty body.
 */
final class FlipFilters {
    private static final BigInteger MAX_TIMESTAMP = BigInteger.valueOf(10_000_000_000L);
    private static final BigInteger MAX_SECONDS = BigInteger.valueOf(31_536_000L);
    /** Wide enough for every stored flip, narrow enough for epoch microseconds. */
    private static final Instant FAR_PAST = Instant.EPOCH.minusSeconds(1L << 40);
    private static final Instant FAR_FUTURE = Instant.EPOCH.plusSeconds(1L << 40);

    private FlipFilters() {
    }

    /** Flips with {@code from <= created < until}. */
    record Window(Instant from, Instant until) {
    }

    static Window parse(UriQuery query, Instant now) {
        Instant from = FAR_PAST;
        Instant until = FAR_FUTURE;
        Optional<Instant> start = last(query, "start").map(FlipFilters::timestamp);
        Optional<Instant> end = last(query, "end").map(FlipFilters::timestamp);
        Optional<Long> seconds = last(query, "seconds").flatMap(FlipFilters::seconds);
        if (start.isPresent()) {
            from = start.get();
        }
        if (end.isPresent()) {
            until = end.get();
        }
        // seconds=0 is falsy in Healthchecks' view, so it filters nothing.
        if (seconds.isPresent() && seconds.get() > 0) {
            Instant threshold = now.minusSeconds(seconds.get());
            from = threshold.isAfter(from) ? threshold : from;
        }
        return new Window(from, until);
    }

    /** Django's QueryDict gives the last of repeated values. */
    private static Optional<String> last(UriQuery query, String name) {
        List<String> values = query.all(name, List::of);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getLast());
    }

    /** A form's TimestampField: Python's {@code int(value)}, 0 to 10000000000; empty is invalid too. */
    private static Instant timestamp(String value) {
        BigInteger v = PyInt.parse(value).orElseThrow(ApiException.BadRequestEmpty::new);
        if (v.signum() < 0 || v.compareTo(MAX_TIMESTAMP) > 0) {
            throw new ApiException.BadRequestEmpty();
        }
        return Instant.ofEpochSecond(v.longValueExact());
    }

    /** Django's IntegerField: empty means absent, a trailing {@code .0} is allowed, 0 to 31536000. */
    private static Optional<Long> seconds(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        BigInteger v = PyInt.parse(value.replaceFirst("\\.0*\\s*$", "")).orElseThrow(ApiException.BadRequestEmpty::new);
        if (v.signum() < 0 || v.compareTo(MAX_SECONDS) > 0) {
            throw new ApiException.BadRequestEmpty();
        }
        return Optional.of(v.longValueExact());
    }
}
