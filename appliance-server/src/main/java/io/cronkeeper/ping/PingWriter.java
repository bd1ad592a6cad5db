package io.cronkeeper.ping;

import io.cronkeeper.events.EventBus;
import io.cronkeeper.health.Heartbeat;
import io.cronkeeper.health.StoreErrors;
import io.cronkeeper.health.StoreUnavailableException;
import io.cronkeeper.health.Supervisor;
import io.cronkeeper.monitor.Wakeups;
import io.cronkeeper.store.Database;
import io.cronkeeper.store.CommitSync;
import io.cronkeeper.store.WriterTransactions;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Handle;

/**
 * Group commit for pings. Request threads queue their ping and wait; one writer thread takes
 * everything queued, records it in a single transaction and commits once (one fsync), then
 * answers all of them. A {@code 200} is therefore only sent for a committed ping, yet concurrent
 * pings share the cost of durability. SQLite has a single writer anyway, so nothing is lost by
 * serialising writes here.
 *
 * <p>Each answer agrees with its batch's fate: a ping is answered {@code 200} only once committed
 * and synced, and an error only when nothing of it was stored. When the database cannot write (a
 * full disk), the batch is answered {@link StoreUnavailableException} ({@code 503}) and the
 * writer opens its connection and prepares its statements anew for the next batch: SQLite's
 * statements may not survive the failure. Anything else that escapes the loop, an {@link Error}
 * included, fails the batch in hand and is its {@link Supervisor}'s to log and restart.
 */
public final class PingWriter implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PingWriter.class.getName());
    private static final int MAX_BATCH = 512;
    /** A ping still queued after this long is taken back and answered 503 (the writer is stuck). */
    private static final long QUEUED_TIMEOUT_SECONDS = 30;
    private static final long REOPEN_PAUSE_MILLIS = 1000;
    private static final int SYNC_ATTEMPTS = 5;
    /** A batch aborted by PostgreSQL as a deadlock or serialization failure is tried this often whole. */
    private static final int BATCH_ATTEMPTS = 2;
    /** ... and then each ping alone this often: alone, it takes a single check's lock. */
    private static final int ALONE_ATTEMPTS = 3;

    private record Pending(PingRequest request, CompletableFuture<PingOutcome> result) {
    }

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Database db;
    private final CommitSync walSync;
    private final PingRecorder recorder;
    private final Clock clock;
    private final AfterCommit afterCommit;
    private final Heartbeat heartbeat;
    private final Thread thread;
    private volatile boolean running = true;
    /** While the database refuses writes: logged once when it starts and once when it ends. */
    private volatile boolean storeFailing;

    public PingWriter(Database db, int pingLogLimit, Clock clock, EventBus events, Wakeups wakeups,
                      Supervisor supervisor) {
        this.db = db;
        this.walSync = db.commitSync();
        this.afterCommit = new AfterCommit(events, wakeups);
        this.recorder = new PingRecorder(pingLogLimit);
        this.clock = clock;
        this.heartbeat = supervisor.heartbeat("ping-writer", Duration.ofSeconds(30));
        // A platform thread (Supervisor's): SQLite's JNI calls would pin a virtual one anyway.
        this.thread = supervisor.start(heartbeat, this::run);
    }

    /**
     * Records the ping and returns once it is committed.
     *
     * @throws StoreUnavailableException nothing was stored: the database cannot write, or the
     *                                   server is stopping
     */
    public PingOutcome record(PingRequest request) throws InterruptedException {
        if (!running) {
            throw new StoreUnavailableException("the server is stopping", null);
        }
        var pending = new Pending(request, new CompletableFuture<>());
        queue.add(pending);
        try {
            try {
                return pending.result().get(QUEUED_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                if (queue.remove(pending)) {
                    throw new StoreUnavailableException("the ping writer is not keeping up", null);
                }
                // Taken into a batch already: its outcome decides the answer.
                return pending.result().get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreUnavailableException u) {
                throw u;
            }
            throw new IllegalStateException("ping not recorded", e.getCause());
        }
    }

    /** Pings waiting for the writer (for health). */
    public int queued() {
        return queue.size();
    }

    private void run() throws InterruptedException {
        while (running || !queue.isEmpty()) {
            try (Handle handle = db.writerJdbi().open()) {
                WriterTransactions tx = db.writerTransactions(handle);
                PingRecorder.Daos daos = PingRecorder.Daos.attach(handle, db.dialect());
                serve(tx, daos);
            } catch (RuntimeException e) {
                if (!StoreErrors.isUnavailable(e)) {
                    throw e;
                }
                storeFailed(e);
                heartbeat.beat();
                Thread.sleep(REOPEN_PAUSE_MILLIS);
            }
        }
    }

    /** Writes batches until stopped, or until the database failed a write: then the connection is renewed. */
    private void serve(WriterTransactions tx, PingRecorder.Daos daos) throws InterruptedException {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            heartbeat.beat();
            Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
            if (first == null) {
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            try {
                boolean writable = writeBatch(tx, daos, batch);
                if (!writable) {
                    return;
                }
            } catch (Throwable t) {
                // Answered first: the rollback may fail too on a broken connection.
                unavailable(batch, new StoreUnavailableException("ping writer failed", t));
                try {
                    tx.rollback();
                } catch (RuntimeException rollbackFailed) {
                    t.addSuppressed(rollbackFailed);
                }
                throw t;
            } finally {
                batch.clear();
            }
        }
    }

    /** @return false when the database could not write: the batch is answered, the connection must be renewed */
    private boolean writeBatch(WriterTransactions tx, PingRecorder.Daos daos, List<Pending> batch) {
        var outcomes = new PingOutcome[batch.size()];
        List<PingEvents.Recorded> recorded = new ArrayList<>();
        List<PingRequest> requests = batch.stream().map(Pending::request).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                record(tx, daos, requests, outcomes, recorded);
                break;
            } catch (RuntimeException e) {
                tx.rollback();
                daos.forgetBatch();
                recorded.clear();
                if (StoreErrors.isUnavailable(e)) {
                    storeFailed(e);
                    unavailable(batch, new StoreUnavailableException("the database cannot write", e));
                    return false;
                }
                if (Conflicts.isTransient(e) && attempt < BATCH_ATTEMPTS) {
                    // PostgreSQL aborted it for another node's transaction (see BatchLocks): nothing
                    // of it was stored, and the batch as a whole goes through on a second try.
                    continue;
                }
                return writeEachAlone(tx, daos, batch, e);
            }
        }
        if (!synced(batch)) {
            return false;
        }
        storeRecovered();
        // Announced before answering: a client that saw its 200 finds the ping's events published.
        afterCommit.run(recorded);
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(outcomes[i]);
        }
        return true;
    }

    /** One transaction for the batch; on failure it may still be open: the caller rolls back. */
    private void record(WriterTransactions tx, PingRecorder.Daos daos, List<PingRequest> requests,
                        PingOutcome[] outcomes, List<PingEvents.Recorded> recorded) {
        tx.begin();
        daos.cache().revalidate();
        daos.locks().lock(requests);
        for (int i = 0; i < requests.size(); i++) {
            outcomes[i] = recorder.record(daos, requests.get(i), clock.instant(), recorded);
        }
        daos.writeChecks();
        tx.commit();
    }

    /** One bad ping must not fail its neighbours: each is tried on its own. */
    private boolean writeEachAlone(WriterTransactions tx, PingRecorder.Daos daos, List<Pending> batch,
                                   RuntimeException batchFailure) {
        for (Pending p : batch) {
            if (!writeAlone(tx, daos, p)) {
                // the rest of the batch was not tried: answered too, or their callers would wait for ever
                unavailable(batch, new StoreUnavailableException("the database cannot write", batchFailure));
                return false;
            }
        }
        return true;
    }

    private boolean writeAlone(WriterTransactions tx, PingRecorder.Daos daos, Pending pending) {
        if (pending.result().isDone()) {
            return true;
        }
        for (int attempt = 1; ; attempt++) {
            List<PingEvents.Recorded> recorded = new ArrayList<>();
            var outcome = new PingOutcome[1];
            try {
                record(tx, daos, List.of(pending.request()), outcome, recorded);
                if (!synced(List.of(pending))) {
                    return false;
                }
                afterCommit.run(recorded);
                pending.result().complete(outcome[0]);
                return true;
            } catch (RuntimeException e) {
                tx.rollback();
                daos.forgetBatch();
                if (StoreErrors.isUnavailable(e)) {
                    storeFailed(e);
                    pending.result().completeExceptionally(new StoreUnavailableException("the database cannot write", e));
                    return false;
                }
                if (Conflicts.isTransient(e) && attempt < ALONE_ATTEMPTS) {
                    continue;
                }
                LOG.log(Level.WARNING, "ping could not be stored", e);
                pending.result().completeExceptionally(e);
                return true;
            }
        }
    }

    private static void unavailable(List<Pending> batch, StoreUnavailableException e) {
        batch.forEach(p -> p.result().completeExceptionally(e));
    }

    private void storeFailed(Throwable e) {
        if (!storeFailing) {
            storeFailing = true;
            LOG.log(Level.ERROR, "the database cannot write (" + StoreErrors.describe(e)
                + "); pings are answered 503 until it can");
        }
    }

    private void storeRecovered() {
        if (storeFailing) {
            storeFailing = false;
            LOG.log(Level.INFO, "the database writes again; pings are stored");
        }
    }

    /** Whether the last write failed because the database could not write (for health). */
    public boolean storeFailing() {
        return storeFailing;
    }
    /**
     * The commit's own sync, as SQLite's {@code synchronous=FULL} would make it, but with
     * {@code fdatasync} (see {@link WalSync}). A failed sync is tried again a few times: the pings
     * are committed, so an error answer would disagree with what is stored. Only when it keeps
     * failing are they answered 503 (and then a retry may store a ping twice; logged).
     */
    private boolean synced(List<Pending> committed) {
        IOException last = null;
        for (int attempt = 0; attempt < SYNC_ATTEMPTS; attempt++) {
            try {
                walSync.sync();
                return true;
            } catch (IOException e) {
                last = e;
                heartbeat.beat();
                try {
                    Thread.sleep(200L << attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        LOG.log(Level.ERROR, "cannot sync the WAL; " + committed.size()
            + " committed ping(s) answered 503 though stored: they may not survive a power loss", last);
        storeFailed(last);
        unavailable(committed, new StoreUnavailableException("cannot sync the database", last));
        return false;
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.result().completeExceptionally(new StoreUnavailableException("the server is stopping", null));
        }
    }
}
