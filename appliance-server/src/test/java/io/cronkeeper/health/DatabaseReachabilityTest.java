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

    /**
     * What a PostgreSQL failover or restart does to a node: every session is cut. The node
     * reconnects by itself, without a restart, and no acknowledged ping is lost.
     */
    @Test
    void aNodeReconnectsByItselfAfterItsSessionsAreCut() throws InterruptedException {
        PostgresCluster cluster = PostgresCluster.shared();
        PostgresDatabase pg = cluster.createDatabase();
        List<Integer> exits = new CopyOnWriteArrayList<>();
        try (TestServer node = TestServer.startSupervised(dir, Map.of(Setting.DATABASE_URL, pg.url(),
                Setting.DATABASE_PASSWORD, pg.password()), new Supervisor(exits::add))) {
            var project = node.createProject("p");
            String uuid = node.createCheck(project.apiKey(), "{\"name\": \"c\"}").get("uuid").asText();
            assertThat(node.get("/ping/" + uuid).statusCode()).isEqualTo(200);

            cluster.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + pg.name() + "'");

            int acknowledged = 1;
            long deadline = System.nanoTime() + 30_000_000_000L;
            boolean healthy = false;
            while (!healthy && System.nanoTime() < deadline) {
                int ping = node.get("/ping/" + uuid).statusCode();
                assertThat(ping).as("a ping is stored or refused with 503, never lost").isIn(200, 503);
                acknowledged += ping == 200 ? 1 : 0;
                healthy = ping == 200 && node.get("/api/v3/status/").statusCode() == 200;
                if (!healthy) {
                    Thread.sleep(200);
                }
            }
            assertThat(healthy).as("healthy again within 30 s").isTrue();
            int stored = node.jdbi().withHandle(h -> h.createQuery("SELECT n_pings FROM check_ WHERE uuid = :u")
                .bind("u", uuid).mapTo(Integer.class).one());
            assertThat(stored).isEqualTo(acknowledged);
            assertThat(exits).isEmpty();
        } finally {
            cluster.dropDatabase(pg.name());
        }
    }
}
