package io.cronkeeper.ping;

import io.cronkeeper.check.Check;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** A check's stored pings for the APIs, with run durations matched as Healthchecks does. */
public final class PingHistory {
    /** Longer runs are not believed: the start most likely belongs to an earlier, lost run. */
    static final Duration MAX_DURATION = Duration.ofHours(72);
    private static final int MAX_MISSES = 10;
    private static final int API_MAX = 1000;

    private final Jdbi jdbi;
    private final int pingLogLimit;

    public PingHistory(Jdbi jdbi, int pingLogLimit) {
        this.jdbi = jdbi;
        this.pingLogLimit = pingLogLimit;
    }

    /** A ping with the duration of the run it ended, when one could be matched. */
    public record Entry(StoredPing ping, Optional<Duration> duration) {
    }

    /** Newest first, at most {@code min(ping log limit, 1000)}. */
    public List<Entry> list(Check check) {
        int limit = Math.min(pingLogLimit, API_MAX);
        List<StoredPing> pings = jdbi.withExtension(PingDao.class, dao -> dao.newest(check.id(), limit));
        return withDurations(pings);
    }

    /** The body of ping {@code n}; empty if it is gone, beyond the retained window, or empty. */
    public Optional<byte[]> body(Check check, long n) {
        if (n <= check.nPings() - pingLogLimit) {
            return Optional.empty();
        }
        return jdbi.withExtension(PingDao.class, dao -> dao.byNumber(check.id(), n))
            .map(StoredPing::body)
            .filter(b -> b != null && b.length > 0);
    }

    /** {@code pings} must be newest first (reference §3.6, tests D1-D9). */
    static List<Entry> withDurations(List<StoredPing> pings) {
        List<Optional<Duration>> durations = new ArrayList<>();
        int misses = 0;
        for (int i = 0; i < pings.size(); i++) {
            StoredPing ping = pings.get(i);
            Optional<Duration> found = Optional.empty();
            if (endsRun(ping)) {
                found = matchStart(pings, i);
                if (found.isEmpty()) {
                    misses++;
                }
            }
            durations.add(found);
        }
        boolean tooManyMisses = misses > MAX_MISSES;
        List<Entry> out = new ArrayList<>(pings.size());
        for (int i = 0; i < pings.size(); i++) {
            out.add(new Entry(pings.get(i), tooManyMisses ? Optional.empty() : durations.get(i)));
        }
        return out;
    }

    private static Optional<Duration> matchStart(List<StoredPing> pings, int index) {
        StoredPing end = pings.get(index);
        long oldest = end.created() - MAX_DURATION.toNanos() / 1000;
        for (int j = index + 1; j < pings.size(); j++) {
            StoredPing earlier = pings.get(j);
            if (earlier.created() <= oldest) {
                return Optional.empty();
            }
            if (!Objects.equals(earlier.rid(), end.rid())) {
                continue;
            }
            if (earlier.pingKind() == PingKind.START) {
                return Optional.of(Duration.ofNanos((end.created() - earlier.created()) * 1000));
            }
            if (endsRun(earlier)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean endsRun(StoredPing ping) {
        return ping.pingKind() == PingKind.SUCCESS || ping.pingKind() == PingKind.FAIL;
    }
}
