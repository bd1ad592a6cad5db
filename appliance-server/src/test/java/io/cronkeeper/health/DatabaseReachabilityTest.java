package io.cronkeeper.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import io.cronkeeper.store.PostgresCluster;
import io.cronkeeper.store.PostgresDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/v3/status/} on a PostgreSQL node (issue 17): what a reverse proxy's health check
 * asks. A database that is gone makes it {@code 503}, saying why in the driver's words, so the
 * proxy stops sending pings to a node that could not store them.
 */
class DatabaseReachabilityTest {
    @TempDir
    Path dir;

    @Test
    void statusIs503NamingTheDatabaseOnceItIsGone() {
        PostgresCluster cluster = PostgresCluster.shared();
        PostgresDatabase pg = cluster.createDatabase();
        List<Integer> exits = new CopyOnWriteArrayList<>();
        try (TestServer node = TestServer.startSupervised(dir, Map.of(Setting.DATABASE_URL, pg.url(),
                Setting.DATABASE_PASSWORD, pg.password()), new Supervisor(exits::add))) {
            assertThat(node.get("/api/v3/status/").body()).isEqualTo("OK");

            cluster.dropDatabase(pg.name());

            HttpResponse<String> res = node.get("/api/v3/status/");
            assertThat(res.statusCode()).isEqualTo(503);
            assertThat(res.headers().firstValue("Retry-After")).isPresent();
            assertThat(res.body()).startsWith("database does not answer: ")
                .contains("database \"" + pg.name() + "\" does not exist");
        } finally {
            cluster.dropDatabase(pg.name());
        }
    }
}
