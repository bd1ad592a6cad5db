package io.cronkeeper.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** How PostgreSQL's failures read to /status/ and to the clients (issue 17). */
class StoreErrorsStatesTest {
    private static final PSQLException REFUSED = new PSQLException("Connection to db.lan:5432 refused.",
        PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));
    private static final SQLException TERMINATED = new SQLException(
        "FATAL: terminating connection due to administrator command", "57P01");

    @Test
    void aConnectionCutInUseIsWorthAskingAgainButAPoolThatGotNoneIsNot() {
        assertThat(StoreErrors.isConnectionCut(new IllegalStateException(TERMINATED))).isTrue();
        assertThat(StoreErrors.isConnectionCut(new IllegalStateException(new SQLTransientConnectionException(
            "cronkeeper-db - Connection is not available, request timed out after 5000ms", "08001", REFUSED)))).isFalse();
        assertThat(StoreErrors.isConnectionCut(new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION))).isFalse();
    }

    @Test
    void theDriversWordsAreShownRatherThanThePoolsOrTheSockets() {
        var fromPool = new SQLTransientConnectionException("cronkeeper-db - Connection is not available", "08001", REFUSED);
        assertThat(StoreErrors.describe(new IllegalStateException(fromPool))).isEqualTo("Connection to db.lan:5432 refused.");
        assertThat(StoreErrors.isUnavailable(fromPool)).isTrue();
        assertThat(StoreErrors.isUnavailable(TERMINATED)).isTrue();
        assertThat(StoreErrors.isUnavailable(new SQLException("database \"x\" does not exist", "3D000"))).isTrue();
        assertThat(StoreErrors.isUnavailable(new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION))).isFalse();
    }
}
