package io.cronkeeper.bench;

import io.cronkeeper.Appliance;
import io.cronkeeper.config.Setting;
import io.cronkeeper.config.Settings;
import io.cronkeeper.config.SettingsLoader;
import io.cronkeeper.monitor.SweepResult;
import io.cronkeeper.store.Micros;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;

/**
 * Down-detection latency and monitor cost (run by bench/monitor.sh, never by the test suite).
 * For each size: a real server on a fresh data dir with N up checks, of which {@code DUE} reach
 * their deadline spread over the next seconds and the rest a day later; each due check has a
 * channel, so the alert row's creation time is the moment the monitor found it down. Reports the
 * delay after each deadline, the monitor's pass times, and the cost of a pass with nothing due.
 */
public final class MonitorBenchmark {
    private static final int DUE = 1000;
    private static final Duration SPREAD = Duration.ofSeconds(20);
    private static final Duration LEAD = Duration.ofSeconds(5);

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(1_000, 100_000)
            : List.of(args).stream().map(Integer::parseInt).toList();
        System.out.println("| checks | due | detected | p50 ms after deadline | p99 ms | max ms | passes with work "
            + "| ms per due check | idle pass µs |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (int n : sizes) {
            run(n);
        }
    }

    private static void run(int total) throws Exception {
        Path dir = Files.createTempDirectory("cronkeeper-monitor-bench");
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        flags.put(Setting.PORT, "0");
        flags.put(Setting.HOST, "127.0.0.1");
        flags.put(Setting.DATA_DIR, dir.toString());
        Settings settings = new SettingsLoader(new HashMap<>(), Path.of("/nonexistent/server.yaml"))
            .load(flags, Optional.empty());
        List<SweepResult> passes = new CopyOnWriteArrayList<>();
        try (Appliance app = Appliance.start(settings, Clock.systemUTC())) {
            app.monitor().observe(passes::add);
            app.database().jdbi().useTransaction(h -> insertChecks(h, total));
            // Deadlines are set once every check is in: at 100,000 checks the insert takes longer
            // than LEAD, and deadlines passing during it would show up as detection delay.
            long start = Micros.of(Clock.systemUTC().instant().plus(LEAD));
            app.database().jdbi().useTransaction(h -> scheduleDue(h, start));
            long deadline = System.currentTimeMillis() + LEAD.plus(SPREAD).toMillis() + 10_000;
            long detected = 0;
            while (System.currentTimeMillis() < deadline) {
                detected = app.database().jdbi().withHandle(h ->
                    h.createQuery("SELECT count(*) FROM notification").mapTo(Long.class).one());
                if (detected >= DUE) {
                    break;
                }
                Thread.sleep(200);
            }
            List<Long> delays = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT created - due FROM notification ORDER BY 1").mapTo(Long.class).list());
            List<SweepResult> working = passes.stream().filter(p -> p.examined() > 0).toList();
            long workNanos = working.stream().mapToLong(SweepResult::nanos).sum();
            int examined = working.stream().mapToInt(SweepResult::examined).sum();
            double idleMicros = idlePassMicros(app);
            System.out.printf("| %,d | %,d | %,d | %.1f | %.1f | %.1f | %d | %.3f | %.0f |%n", total, DUE, detected,
                pct(delays, 50), pct(delays, 99), delays.isEmpty() ? 0 : delays.getLast() / 1000.0, working.size(),
                examined == 0 ? 0 : workNanos / 1e6 / examined, idleMicros);
        }
    }

    /** A pass when nothing is due: two index lookups for the earliest deadlines, and nothing else. */
    private static double idlePassMicros(Appliance app) {
        for (int i = 0; i < 200; i++) {
            app.monitor().runNow();
        }
        int rounds = 2000;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            app.monitor().runNow();
        }
        return (System.nanoTime() - t0) / 1e3 / rounds;
    }

    private static double pct(List<Long> sortedMicros, int p) {
        if (sortedMicros.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, i)) / 1000.0;
    }

    /** Every check up, due a day later; the DUE checks are scheduled by {@link #scheduleDue}. */
    private static void insertChecks(Handle h, int total) {
        long project = h.createQuery("SELECT id FROM project ORDER BY id LIMIT 1").mapTo(Long.class).one();
        long now = Micros.of(Clock.systemUTC().instant());
        h.createUpdate("INSERT INTO channel (uuid, project_id, name, kind, config, created) "
            + "VALUES (:u, :p, 'bench', 'bench-null', '{}', :now)")
            .bind("u", UUID.randomUUID().toString()).bind("p", project).bind("now", now).execute();
        long channel = h.createQuery("SELECT max(id) FROM channel").mapTo(Long.class).one();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            order.add(i);
        }
        Collections.shuffle(order);
        String sql = """
            INSERT INTO check_ (uuid, project_id, name, slug, badge_key, status, timeout, grace, last_ping,
                alert_after, sweep_at, n_pings, created)
            VALUES (:uuid, :project, :name, :name, :badge, 'up', :timeout, 60, :lastPing, :alertAfter, :alertAfter, 1,
                :now)""";
        var insert = h.prepareBatch(sql);
        int pending = 0;
        for (int i : order) {
            if (++pending == 5000) {
                // In chunks: the server's small heap holds one chunk of bindings, not all of them.
                insert.execute();
                insert = h.prepareBatch(sql);
                pending = 1;
            }
            long alertAfter = now + Duration.ofDays(1).toNanos() / 1000;
            long timeout = 3600;
            insert.bind("uuid", UUID.randomUUID().toString()).bind("project", project).bind("name", "c" + i)
                .bind("badge", UUID.randomUUID().toString()).bind("timeout", timeout)
                .bind("lastPing", alertAfter - (timeout + 60) * 1_000_000L).bind("alertAfter", alertAfter)
                .bind("now", now).add();
        }
        insert.execute();
        for (int i = 0; i < DUE; i++) {
            h.execute("INSERT INTO check_channel (check_id, channel_id) SELECT id, ? FROM check_ "
                + "WHERE project_id = ? AND slug = ?", channel, project, "c" + i);
        }
    }

    /** Check {@code c<i>} (i < DUE) reaches its deadline at {@code firstDeadline + SPREAD * i / DUE}. */
    private static void scheduleDue(Handle h, long firstDeadline) {
        long project = h.createQuery("SELECT id FROM project ORDER BY id LIMIT 1").mapTo(Long.class).one();
        long spread = SPREAD.toNanos() / 1000;
        for (int i = 0; i < DUE; i++) {
            long alertAfter = firstDeadline + spread * i / DUE;
            h.createUpdate("""
                UPDATE check_ SET alert_after = :a, sweep_at = :a, last_ping = :a - (timeout + grace) * 1000000
                WHERE project_id = :p AND slug = :slug""")
                .bind("a", alertAfter).bind("p", project).bind("slug", "c" + i).execute();
        }
    }
}
