package io.cronkeeper.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ping writer's own BEGIN/COMMIT: what it commits is seen by the other connections, what it
 * rolls back is not, and the process's write lock is always released, so API writes go on.
 */
class WriterTransactionsTest {
    @TempDir
    Path dir;
    Database db;
    Handle writer;
    WriterTransactions tx;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        writer = db.writerJdbi().open();
        tx = db.writerTransactions(writer);
    }

    @AfterEach
    void close() {
        writer.close();
        db.close();
    }

    private void insertProject(String name) {
        writer.execute("INSERT INTO project (uuid, name, badge_key, created) VALUES (?, ?, ?, 0)",
            "uuid-" + name, name, "badge-" + name);
    }

    private int projectsNamed(String name) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM project WHERE name = ?")
            .bind(0, name).mapTo(Integer.class).one());
    }

    /** Another connection's write transaction, through Jdbi and the shared lock: must not wait. */
    private void apiWriteGoesThrough() throws Exception {
        CompletableFuture<Void> write = CompletableFuture.runAsync(() ->
            db.jdbi().useTransaction(h -> h.execute("UPDATE project SET name = name WHERE 0")));
        write.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aCommittedTransactionIsSeenByOtherConnections() throws Exception {
        tx.begin();
        insertProject("kept");
        tx.commit();
        assertThat(projectsNamed("kept")).isEqualTo(1);
        apiWriteGoesThrough();
    }

    @Test
    void aRolledBackTransactionLeavesNothingAndReleasesTheLock() throws Exception {
        tx.begin();
        insertProject("dropped");
        tx.rollback();
        assertThat(projectsNamed("dropped")).isZero();
        apiWriteGoesThrough();
    }

    @Test
    void aFailedStatementThenRollbackReleasesTheLockAndTheNextTransactionWorks() throws Exception {
        tx.begin();
        insertProject("first");
        assertThatThrownBy(() -> insertProject("first")).hasMessageContaining("UNIQUE");
        tx.rollback();
        apiWriteGoesThrough();

        tx.begin();
        insertProject("second");
        tx.commit();
        assertThat(projectsNamed("first")).isZero();
        assertThat(projectsNamed("second")).isEqualTo(1);
    }

    @Test
    void rollbackWithoutATransactionDoesNothing() throws Exception {
        tx.rollback();
        apiWriteGoesThrough();
    }
}
