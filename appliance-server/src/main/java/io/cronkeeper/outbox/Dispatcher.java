package io.cronkeeper.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cronkeeper.alert.Alert;
import io.cronkeeper.alert.DeliveryResult;
import io.cronkeeper.alert.Notifier;
import io.cronkeeper.channel.Channel;
import io.cronkeeper.health.Supervisor;
import io.cronkeeper.store.Micros;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * Delivers the outbox, off the ping path: claims due alerts, sends each on its own virtual
 * thread (one slow receiver holds up nobody else), logs every attempt, and retries with
 * {@link Backoff}. A claimed row is never claimed twice while its lease lasts, so no alert goes
 * out twice; after a crash mid-send the claimed rows are tried again (at least once rather than
 * never): at the restart, or with several nodes when the lease runs out.
 */
public final class Dispatcher extends io.cronkeeper.monitor.Loop {
    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLAIM = 32;
    private static final int IN_FLIGHT = 16;
    /**
     * How long a claimed alert is this node's to send. Far longer than a delivery may take (HTTP
     * and SMTP give up within a minute), so only a dead node's or a failed send's claim runs out.
     */
    static final Duration LEASE = Duration.ofMinutes(3);

    private final Jdbi jdbi;
    private final boolean sharedDatabase;
    private final Clock clock;
    private final AlertBuilder builder;
    private final Function<String, Optional<Notifier>> notifiers;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);

    /** @param notifiers the notifier for a channel kind's wire name */
    public Dispatcher(Jdbi jdbi, Clock clock, String siteRoot, String pingEndpoint,
                      Function<String, Optional<Notifier>> notifiers) {
        this(jdbi, false, clock, siteRoot, pingEndpoint, notifiers);
    }

    /** @param sharedDatabase whether other nodes send from the same outbox (PostgreSQL) */
    public Dispatcher(Jdbi jdbi, boolean sharedDatabase, Clock clock, String siteRoot, String pingEndpoint,
                      Function<String, Optional<Notifier>> notifiers) {
        super("alert-dispatcher", clock, 5000, Duration.ofSeconds(60));
        this.sharedDatabase = sharedDatabase;
        this.jdbi = jdbi;
        this.clock = clock;
        this.builder = new AlertBuilder(siteRoot, pingEndpoint);
        this.notifiers = notifiers;
    }

    @Override
    public void start(Supervisor supervisor) {
        if (!sharedDatabase) {
            int released = jdbi.withExtension(OutboxDao.class, OutboxDao::releaseClaims);
            if (released > 0) {
                LOG.log(Level.WARNING, released + " alert(s) were being sent when the server stopped; sending again");
            }
        }
        super.start(supervisor);
    }

    @Override
    protected long pass() {
        List<Notification> claimed;
        do {
            long now = Micros.of(clock.instant());
            Optional<Long> next = jdbi.withExtension(OutboxDao.class, OutboxDao::nextAttempt);
            if (next.isEmpty() || next.get() > now) {
                return next.map(m -> Math.floorDiv(m, 1000)).orElse(Long.MAX_VALUE);
            }
            long leaseUntil = Micros.of(clock.instant().plus(LEASE));
            claimed = jdbi.inTransaction(h -> h.attach(OutboxDao.class).claimDue(now, leaseUntil, CLAIM));
            for (Notification n : claimed) {
                awaitSender();
                senders.submit(() -> {
                    try {
                        deliver(n);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } while (claimed.size() == CLAIM);
        return jdbi.withExtension(OutboxDao.class, OutboxDao::nextAttempt)
            .map(m -> Math.floorDiv(m, 1000)).orElse(Long.MAX_VALUE);
    }

    /** Waits for one of the senders; slow receivers may keep them all busy for a while, so it beats meanwhile. */
    private void awaitSender() {
        boolean acquired = false;
        while (!acquired) {
            try {
                acquired = inFlight.tryAcquire(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("stopping", e);
            }
            beat();
        }
    }

    /** Alerts not sent yet, retries included (for health). */
    public long unsent() {
        return jdbi.withExtension(OutboxDao.class, OutboxDao::unsent);
    }

    /** Sends a test alert over the channel now and logs it like any other attempt. */
    public DeliveryResult sendTest(Channel channel) {
        Instant now = clock.instant();
        Alert alert = jdbi.withHandle(h -> builder.test(h, channel, now));
        DeliveryResult result = send(channel, alert);
        log(channel.id(), null, null, "test", alert.status(), result);
        return result;
    }

    private void deliver(Notification n) {
        try {
            Optional<AlertBuilder.Addressed> addressed = jdbi.withHandle(h -> builder.build(h, n));
            if (addressed.isEmpty()) {
                finish(n, "failed");
                return;
            }
            Channel channel = addressed.get().channel();
            DeliveryResult result = send(channel, addressed.get().alert());
            Optional<Duration> retry = result.delivered() || !result.retryable()
                ? Optional.empty() : Backoff.after(n.attempts());
            Instant now = clock.instant();
            Long retryAt = retry.map(d -> Micros.of(now.plus(d))).orElse(null);
            Integer code = result.statusCode().isPresent() ? result.statusCode().getAsInt() : null;
            jdbi.useExtension(OutboxDao.class, dao -> dao.recordAttempt(n, Micros.of(now), result.delivered(), code,
                result.error(), addressed.get().alert().status(), result.delivered() ? "sent" : "failed", retryAt));
            if (retryAt != null) {
                wakeBy(Math.floorDiv(retryAt, 1000));
            }
        } catch (RuntimeException | Error e) {
            // Left in "sending": tried again when its lease runs out. Logged, never thrown into the pool,
            // whose futures nobody reads: an Error there would vanish without a word.
            LOG.log(Level.ERROR, "alert " + n.id() + " could not be processed", e);
        }
    }

    private DeliveryResult send(Channel channel, Alert alert) {
        if (channel.needsSettings()) {
            // Imported without its settings: enqueue skips it, this catches a test send.
            return DeliveryResult.failed(OptionalInt.empty(),
                "not sent: this integration needs its settings; enter them in the admin app", false);
        }
        Optional<Notifier> notifier = notifiers.apply(channel.kind());
        if (notifier.isEmpty()) {
            return DeliveryResult.failed(OptionalInt.empty(), "no notifier for channel kind " + channel.kind(), false);
        }
        try {
            JsonNode config = JSON.readTree(channel.config());
            return notifier.get().deliver(alert, config);
        } catch (IOException | RuntimeException e) {
            return DeliveryResult.failed(OptionalInt.empty(), "could not send: " + e.getMessage(), false);
        }
    }

    private void finish(Notification n, String state) {
        long at = Micros.of(clock.instant());
        jdbi.useTransaction(h -> h.attach(OutboxDao.class).finish(n.id(), n.attempts(), state, at));
    }

    private void log(long channelId, Long notificationId, Long checkId, String kind, String status, DeliveryResult r) {
        long at = Micros.of(clock.instant());
        Integer code = r.statusCode().isPresent() ? r.statusCode().getAsInt() : null;
        jdbi.useTransaction(h -> h.attach(OutboxDao.class)
            .logAttempt(channelId, notificationId, checkId, kind, status, at, r.delivered(), code, r.error()));
    }

    @Override
    public void close() {
        super.close();
        senders.close();
    }
}
