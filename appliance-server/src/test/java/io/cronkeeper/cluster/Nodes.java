package io.cronkeeper.cluster;

import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import io.cronkeeper.health.Supervisor;
import io.cronkeeper.store.PostgresCluster;
import io.cronkeeper.store.PostgresDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;

/**
 * Real appliances, each with its own data dir, on one fresh PostgreSQL database: what nodes
 * behind a load balancer are. Closed (every node still open, then the database dropped) by the test.
 */
final class Nodes implements AutoCloseable {
    static final String ADMIN = "/api/admin/v1";

    final PostgresDatabase database;
    /** The first node; {@link #b} the second, when started with two. */
    final TestServer a;
    final TestServer b;
    /** Exit statuses the nodes' supervisors asked for: a loop that could not be kept running. */
    final List<Integer> exits = new CopyOnWriteArrayList<>();
    private final Path dir;
    private final Map<Setting, String> flags;
    private final boolean allLoops;
    private final List<TestServer> open = new ArrayList<>();
    private final Jdbi jdbi;

    private Nodes(Path dir, Map<Setting, String> extra, boolean allLoops, boolean two) {
        PostgresCluster.assumeAvailable();
        this.dir = dir;
        this.allLoops = allLoops;
        this.database = PostgresCluster.shared().createDatabase();
        this.flags = new EnumMap<>(Setting.class);
        flags.put(Setting.DATABASE_URL, database.url());
        flags.put(Setting.DATABASE_PASSWORD, database.password());
        flags.putAll(extra);
        this.jdbi = Jdbi.create(database.jdbcUrl(), database.user(), database.password());
        try {
            this.a = startNode("a");
            this.b = two ? startNode("b") : null;
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /** Two nodes; their monitors run only when a test says so ({@link TestServer#monitorPass()}), their dispatchers run. */
    static Nodes start(Path dir) {
        return new Nodes(dir, Map.of(), false, true);
    }

    /** @param allLoops every background loop of both nodes runs, the monitors included */
    static Nodes start(Path dir, Map<Setting, String> extra, boolean allLoops) {
        return new Nodes(dir, extra, allLoops, true);
    }

    /** Node {@link #a} only; more with {@link #startNode}. */
    static Nodes one(Path dir) {
        return new Nodes(dir, Map.of(), false, false);
    }

    /** Another node on the same database, with a data dir of its own. */
    synchronized TestServer startNode(String name) {
        Path data = dir.resolve(name);
        TestServer node = allLoops
            ? TestServer.startSupervised(data, flags, new Supervisor(exits::add))
            : TestServer.start(data, flags);
        open.add(node);
        return node;
    }

    /** The database the nodes share, through connections of the test's own (nodes may be stopped). */
    Jdbi jdbi() {
        return jdbi;
    }

    /** The admin token every node accepts: one per database, copied into each data dir. */
    String adminToken() {
        try {
            return Files.readString(a.dataDir.resolve("admin-token")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpRequest.Builder admin(TestServer node, String path) {
        return node.request(ADMIN + path).header("Authorization", "Bearer " + adminToken());
    }

    /** A webhook channel of the project, alerting every check that names channels "*". */
    String webhookChannel(String projectUuid, String url) {
        var res = a.send(admin(a, "/projects/" + projectUuid + "/channels").POST(HttpRequest.BodyPublishers.ofString(
            "{\"name\":\"hook\",\"kind\":\"webhook\",\"config\":{\"url\":\"" + url + "\"}}")).build());
        if (res.statusCode() != 201) {
            throw new AssertionError("channel not created: " + res.statusCode() + " " + res.body());
        }
        return TestServer.json(res.body()).get("uuid").asText();
    }

    /** Rows of a query on the shared database, e.g. to count flips or notifications. */
    long count(String sql, Object... args) {
        return jdbi().withHandle(h -> {
            var q = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                q.bind(i, args[i]);
            }
            return q.mapTo(Long.class).one();
        });
    }

    /** Closes one node (its loops, pool and port); the others run on. */
    void stopNode(TestServer node) {
        boolean wasOpen;
        synchronized (this) {
            wasOpen = open.remove(node);
        }
        if (wasOpen) {
            node.close();
        }
    }

    @Override
    public void close() {
        List<TestServer> nodes;
        synchronized (this) {
            nodes = List.copyOf(open);
            open.clear();
        }
        try {
            nodes.forEach(TestServer::close);
        } finally {
            PostgresCluster.shared().dropDatabase(database.name());
        }
    }
}
