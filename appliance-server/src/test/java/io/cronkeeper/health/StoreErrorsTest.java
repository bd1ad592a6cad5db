package io.cronkeeper.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cronkeeper.store.PostgresCluster;
import io.cronkeeper.store.PostgresDatabase;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's failures as its driver really throws them: a server that is gone or going means
 * "cannot write now" (503, the loops wait), a bad statement stays a bug (500).
 */
class StoreErrorsTest {
    static PostgresDatabase db;

    @BeforeAll
    static void database() {
        db = PostgresCluster.shared().createDatabase();
    }

    @AfterAll
    static void drop() {
        PostgresCluster.shared().dropDatabase(db.name());
    }

    @Test
    void refusedConnectionIsUnavailableAndSaysSo() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Throwable refused = catchThrowable(() -> DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:" + closedPort + "/cronkeeper", db.user(), db.password()).close());
        assertThat(((SQLException) refused).getSQLState()).startsWith("08");
        assertThat(StoreErrors.isUnavailable(refused)).isTrue();
        // As the pool reports it after its connection timeout: the driver's reason is what is logged.
        var poolTimeout = new SQLTransientConnectionException("cronkeeper-db - Connection is not available", "08001", refused);
        assertThat(StoreErrors.isUnavailable(new IllegalStateException(poolTimeout))).isTrue();
        assertThat(StoreErrors.describe(new IllegalStateException(poolTimeout)))
            .contains("127.0.0.1:" + closedPort).contains("refused").doesNotContain("\n");
    }

    @Test
    void connectionTerminatedByTheServerIsUnavailable() throws Exception {
        try (Connection victim = connect(); Connection admin = connect()) {
            int pid;
            try (Statement st = victim.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
            }
            admin.createStatement().execute("SELECT pg_terminate_backend(" + pid + ")");
            Throwable terminated = catchThrowable(() -> victim.createStatement().execute("SELECT 1"));
            assertThat(((SQLException) terminated).getSQLState()).isEqualTo("57P01");
            assertThat(StoreErrors.isUnavailable(terminated)).isTrue();
            Throwable closed = catchThrowable(() -> victim.createStatement().execute("SELECT 1"));
            assertThat(StoreErrors.isUnavailable(closed)).isTrue();
        }
    }

    @Test
    void badStatementsAndConstraintsAreBugsNotOutages() {
        Jdbi jdbi = Jdbi.create(db.jdbcUrl(), db.user(), db.password());
        Throwable syntax = catchThrowable(() -> jdbi.useHandle(h -> h.execute("SELEC 1")));
        assertThat(StoreErrors.isUnavailable(syntax)).isFalse();
        Throwable unique = catchThrowable(() -> jdbi.useHandle(h -> {
            h.execute("CREATE TABLE u (x int PRIMARY KEY)");
            h.execute("INSERT INTO u VALUES (1)");
            h.execute("INSERT INTO u VALUES (1)");
        }));
        assertThat(StoreErrors.isUnavailable(unique)).isFalse();
        assertThat(StoreErrors.describe(unique)).startsWith("ERROR: duplicate key value");
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }
}
