package io.cronkeeper.ping;

import io.cronkeeper.events.Event;
import io.cronkeeper.events.EventBus;
import io.cronkeeper.monitor.Wakeups;
import io.cronkeeper.store.Database;
import io.cronkeeper.store.WalSync;
import io.cronkeeper.store.WriterTransactions;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;

/**
 * Group commit for pings. Request threads queue their ping and wait; one writer thread takes
 * everything queued, records it in a single transaction and commits once (one fsync), then
 * answers all of them. A {@code 200} is therefore only sent for a committed ping, yet concurrent
 * pings share the cost of durability. SQLite has a single writer anyway, so nothing is lost by
 * serialising writes here.
 */
public final class PingWriter implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PingWriter.class.getName());
    private static final int MAX_BATCH = 512;

    private record Pending(PingRequest request, CompletableFuture<PingOutcome> result) {
    }

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Database db;
    private final WalSync walSync;
    private final PingRecorder recorder;
    private final Clock clock;
    private final EventBus events;
    private final Wakeups wakeups;
    private final Thread thread;
    private volatile boolean running = true;

    public PingWriter(Database db, int pingLogLimit, Clock clock, EventBus events, Wakeups wakeups) {
        this.db = db;
        this.walSync = db.walSync();
        this.events = events;
        this.wakeups = wakeups;
        this.recorder = new PingRecorder(pingLogLimit);
        this.clock = clock;
        // A platform thread: SQLite's JNI calls would pin a virtual one anyway.
        this.thread = Thread.ofPlatform().name("ping-writer").daemon(true).unstarted(this::run);
        thread.start();
    }

    /** Records the ping and returns once it is committed. */
    public PingOutcome record(PingRequest request) throws InterruptedException {
        if (!running) {
            throw new IllegalStateException("ping writer is stopped");
        }
        var pending = new Pending(request, new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.result().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("ping not recorded", e.getCause());
        }
    }

    private void run() {
        try (Handle handle = db.writerJdbi().open()) {
            WriterTransactions tx = db.writerTransactions(handle);
            PingRecorder.Daos daos = PingRecorder.Daos.attach(handle);
            List<Pending> batch = new ArrayList<>(MAX_BATCH);
            while (running || !queue.isEmpty()) {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                writeBatch(tx, daos, batch);
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "ping writer failed", e);
        } finally {
            Pending left;
            while ((left = queue.poll()) != null) {
                left.result().completeExceptionally(new IllegalStateException("server is stopping"));
            }
        }
    }

    private void writeBatch(WriterTransactions tx, PingRecorder.Daos daos, List<Pending> batch) {
        var outcomes = new PingOutcome[batch.size()];
        List<PingEvents.Recorded> recorded = new ArrayList<>();
        try {
            tx.begin();
            daos.cache().revalidate();
            for (int i = 0; i < batch.size(); i++) {
                outcomes[i] = recorder.record(daos, batch.get(i).request(), clock.instant(), recorded);
            }
            daos.writeChecks();
            tx.commit();
        } catch (RuntimeException e) {
            tx.rollback();
            daos.forgetBatch();
            // One bad ping must not fail its neighbours: retry each on its own.
            batch.forEach(p -> writeAlone(tx, daos, p));
            return;
        }
        if (!synced(batch)) {
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(outcomes[i]);
        }
        wakeLoops(recorded);
        announce(recorded);
    }

    private void writeAlone(WriterTransactions tx, PingRecorder.Daos daos, Pending pending) {
        try {
            tx.begin();
            daos.cache().revalidate();
            List<PingEvents.Recorded> recorded = new ArrayList<>();
            PingOutcome outcome = recorder.record(daos, pending.request(), clock.instant(), recorded);
            daos.writeChecks();
            tx.commit();
            if (!synced(List.of(pending))) {
                return;
            }
            pending.result().complete(outcome);
            wakeLoops(recorded);
            announce(recorded);
        } catch (RuntimeException e) {
            tx.rollback();
            daos.forgetBatch();
            LOG.log(Level.WARNING, "ping could not be stored", e);
            pending.result().completeExceptionally(e);
        }
    }

    /** A ping can bring a deadline closer (a start) or queue alerts (a flip). */
    private void wakeLoops(List<PingEvents.Recorded> recorded) {
        long earliest = Long.MAX_VALUE;
        boolean flipped = false;
        for (PingEvents.Recorded r : recorded) {
            if (r.after().alertAfter() != null) {
                earliest = Math.min(earliest, r.after().alertAfter());
            }
            if (r.after().nextNag() != null) {
                earliest = Math.min(earliest, r.after().nextNag());
            }
            flipped |= r.flip().isPresent();
        }
        if (earliest != Long.MAX_VALUE) {
            wakeups.deadline(earliest);
        }
        if (flipped) {
            wakeups.alertsQueued();
        }
    }

    /** Live updates for the desktop app; nothing is built while nobody listens. */
    private void announce(List<PingEvents.Recorded> recorded) {
        if (events.subscribers() == 0) {
            return;
        }
        List<Event> out = new ArrayList<>(recorded.size() * 2);
        recorded.forEach(r -> r.addEventsTo(out));
        out.forEach(events::publish);
    }

    /**
     * The commit's own sync, as SQLite's {@code synchronous=FULL} would make it, but with
     * {@code fdatasync} (see {@link WalSync}). Committed pings whose sync failed are not
     * acknowledged: they may not survive a power loss, and the client may retry.
     */
    private boolean synced(List<Pending> committed) {
        try {
            walSync.sync();
            return true;
        } catch (IOException e) {
            LOG.log(Level.ERROR, "cannot sync the WAL; pings not acknowledged", e);
            committed.forEach(p -> p.result().completeExceptionally(e));
            return false;
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
