package io.cronkeeper.health;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Looks at health every few seconds: feeds systemd's watchdog ({@code WATCHDOG=1}) only while
 * {@link Health#liveness()} passes, so that a dead or stuck loop gets the service restarted,
 * and logs each change of health (a loop gone stale, a full disk) once when it starts and once
 * when it ends.
 */
public final class Watchdog implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Watchdog.class.getName());
    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

    private final Health health;
    private final SdNotify notify;
    private final Duration interval;
    private volatile boolean running = true;
    private Thread thread;
    private List<String> lastProblems = List.of();
    private List<String> lastWarnings = List.of();

    /** @param watchdogUsec systemd's {@code WATCHDOG_USEC}: the watchdog is fed at half that */
    public Watchdog(Health health, SdNotify notify, Optional<String> watchdogUsec) {
        this.health = health;
        this.notify = notify;
        this.interval = watchdogUsec.flatMap(Watchdog::micros)
            .map(us -> Duration.ofNanos(us * 500)).filter(d -> d.compareTo(DEFAULT_INTERVAL) < 0)
            .orElse(DEFAULT_INTERVAL);
    }

    /** Sends {@code READY=1} and starts watching. */
    public void start(Supervisor supervisor) {
        notify.send("READY=1");
        // Generous: a stuck watch already stops feeding systemd's watchdog; this is for the
        // status page of a server run without systemd.
        Heartbeat hb = supervisor.heartbeat("health-watch", Duration.ofSeconds(60));
        thread = supervisor.start(hb, () -> {
            while (running) {
                hb.beat();
                check();
                Thread.sleep(interval);
            }
        });
    }

    /** One look; returns whether the watchdog was fed. */
    boolean check() {
        List<String> problems = health.liveness();
        if (!problems.equals(lastProblems)) {
            if (problems.isEmpty()) {
                LOG.log(Level.INFO, "health: OK again");
            } else {
                LOG.log(Level.WARNING, "health: " + String.join("; ", problems));
            }
            lastProblems = problems;
        }
        List<String> warnings = health.report().warnings();
        for (String w : warnings) {
            if (!lastWarnings.contains(w.replaceAll("[0-9.]+ MiB free", ""))) {
                LOG.log(Level.WARNING, "health: " + w);
            }
        }
        lastWarnings = warnings.stream().map(w -> w.replaceAll("[0-9.]+ MiB free", "")).toList();
        return problems.isEmpty() && notify.send("WATCHDOG=1");
    }

    private static Optional<Long> micros(String s) {
        try {
            long v = Long.parseLong(s.trim());
            return v > 0 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        notify.send("STOPPING=1");
    }
}
