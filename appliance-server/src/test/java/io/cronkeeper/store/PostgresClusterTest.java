package io.cronkeeper.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The throwaway cluster the PostgreSQL store tests run against (issue 17). */
class PostgresClusterTest {
    @Test
    void eachDatabaseIsFreshAndReachedOverTcpWithThePassword() throws Exception {
        PostgresCluster cluster = PostgresCluster.shared();
        PostgresDatabase one = cluster.createDatabase();
        PostgresDatabase two = cluster.createDatabase();
        try {
            assertThat(one.name()).isNotEqualTo(two.name());
            assertThat(one.url()).isEqualTo("postgresql://cronkeeper@127.0.0.1:" + cluster.port() + "/" + one.name());
            assertThat(one.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + cluster.port() + "/" + one.name());
            try (Connection a = connect(one, one.password()); Connection b = connect(two, two.password())) {
                assertThat(query(a, "SELECT current_database()")).isEqualTo(one.name());
                assertThat(query(b, "SELECT current_database()")).isEqualTo(two.name());
                assertThat(query(a, "SHOW synchronous_commit")).isEqualTo("on");
                assertThat(query(a, "SELECT pg_catalog.pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"))
                    .isEqualTo("cronkeeper");
                // A table made in one is not in the other: they are separate databases, not schemas.
                a.createStatement().execute("CREATE TABLE only_in_one (x int)");
                assertThat(query(b, "SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_one'")).isEqualTo("0");
            }
        } finally {
            cluster.dropDatabase(one.name());
            cluster.dropDatabase(two.name());
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        PostgresCluster cluster = PostgresCluster.shared();
        PostgresDatabase db = cluster.createDatabase();
        try {
            assertThatThrownBy(() -> connect(db, db.password() + "x").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
        } finally {
            cluster.dropDatabase(db.name());
        }
    }

    @Test
    void dropDatabaseClosesItsOpenConnections() throws Exception {
        PostgresCluster cluster = PostgresCluster.shared();
        PostgresDatabase db = cluster.createDatabase();
        try (Connection open = connect(db, db.password())) {
            cluster.dropDatabase(db.name());
            assertThatThrownBy(() -> query(open, "SELECT 1")).isInstanceOf(SQLException.class);
        }
        assertThatThrownBy(() -> connect(db, db.password()).close())
            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("3D000"));
    }

    @Test
    void aFailedCommandSaysWhatFailedWithTheServerLog() {
        assertThatThrownBy(() -> PostgresCluster.shared().psql("SELECT no_such_column"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("psql failed")
            .hasMessageContaining("SELECT no_such_column")
            .hasMessageContaining("tail of the server log")
            .hasMessageContaining("column \"no_such_column\" does not exist");
    }

    @Test
    void aMissingPostgresSkipsLocallyButFailsOnCi() {
        Optional<String> missing = Optional.of("no PostgreSQL here");
        assertThatThrownBy(() -> PostgresCluster.assumeAvailable(missing, Map.of()))
            .isInstanceOf(TestAbortedException.class).hasMessageContaining("no PostgreSQL here");
        assertThatThrownBy(() -> PostgresCluster.assumeAvailable(missing, Map.of("CI", "true")))
            .isInstanceOf(AssertionError.class).hasMessageContaining("no PostgreSQL here");
        PostgresCluster.assumeAvailable(Optional.empty(), Map.of("CI", "true"));
    }

    private static Connection connect(PostgresDatabase db, String password) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), password);
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
