package io.cronkeeper.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Whether the server still watches. Two levels: {@link #liveness()} is what {@code /status/} and
 * the systemd watchdog go by (the database answers and every loop beats; a restart could fix a
 * failure there), and {@link #report()} adds the conditions a restart cannot fix but an operator
 * must hear about (a full or nearly full disk), for the admin API and the desktop app's banner.
 */
public final class Health {
    /** More than the largest pool (PostgreSQL's eight connections), so the last try is on a new one. */
    private static final int CUT_CONNECTIONS_TRIED = 10;
    private final Supervisor supervisor;
    private final Jdbi jdbi;
    private final DiskSpace disk;
    private final Map<String, LongSupplier> gauges = new LinkedHashMap<>();
    private final List<Supplier<List<String>>> warnings = new ArrayList<>();

    public Health(Supervisor supervisor, Jdbi jdbi, DiskSpace disk) {
        this.supervisor = supervisor;
        this.jdbi = jdbi;
        this.disk = disk;
    }

    /** A number shown in the details, e.g. a queue's depth; registered while wiring. */
    public Health gauge(String name, LongSupplier value) {
        gauges.put(name, value);
        return this;
    }

    /** A source of warnings (conditions a restart would not fix), e.g. "the database cannot write". */
    public Health warnings(Supplier<List<String>> source) {
        warnings.add(source);
        return this;
    }

    /** Empty when healthy; else one line per failing part, naming it. */
    public List<String> liveness() {
        List<String> problems = new ArrayList<>();
        databaseProblem().ifPresent(problems::add);
        long now = System.nanoTime();
        for (Heartbeat hb : supervisor.heartbeats()) {
            hb.problem(now).ifPresent(problems::add);
        }
        return problems;
    }

    /**
     * Asked again while the answer came on a connection the server had cut (PostgreSQL restarted
     * or failed over): such a connection fails at once and the pool drops it, but several may be
     * in the pool; a question on a new connection says whether the database is really away.
     */
    private Optional<String> databaseProblem() {
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= CUT_CONNECTIONS_TRIED; attempt++) {
            try {
                jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
                return Optional.empty();
            } catch (RuntimeException e) {
                failure = e;
                if (!StoreErrors.isConnectionCut(e)) {
                    break;
                }
            }
        }
        return Optional.of("database does not answer: " + StoreErrors.describe(failure));
    }

    public HealthReport report() {
        List<String> warned = new ArrayList<>();
        disk.warning().ifPresent(warned::add);
        warnings.forEach(w -> warned.addAll(w.get()));
        Map<String, Long> values = new LinkedHashMap<>();
        gauges.forEach((name, g) -> values.put(name, g.getAsLong()));
        return new HealthReport(liveness(), warned, supervisor.heartbeats(), values, disk.sample());
    }
}
