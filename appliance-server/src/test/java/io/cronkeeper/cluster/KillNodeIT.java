package io.cronkeeper.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cronkeeper.store.PostgresCluster;
import io.cronkeeper.store.PostgresDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: two server processes of the packaged jar on one PostgreSQL database, pinged by
 * several clients at once; one is killed with SIGKILL mid-load. Every ping either node answered
 * 200 is stored, and each check's pings are numbered 1..N without a gap. Runs in {@code verify}.
 */
class KillNodeIT {
    private static final Path JAR = Path.of("target", "appliance-server.jar").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHECKS = 4;
    private static final int CLIENTS = 6;
    private static final Duration BEFORE_KILL = Duration.ofSeconds(4);
    private static final Duration AFTER_KILL = Duration.ofSeconds(3);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyAcknowledgedPingSurvivesAKilledNodeWithGaplessNumbering() throws Exception {
        PostgresCluster.assumeAvailable();
        PostgresDatabase db = PostgresCluster.shared().createDatabase();
        Process a = null;
        Process b = null;
        try {
            int portA = freePort();
            int portB = freePort();
            a = server(db, "a", portA);
            waitUntilUp(portA, a, "a");
            // Started after A has made the schema: both at once would race to migrate it.
            b = server(db, "b", portB);
            waitUntilUp(portB, b, "b");

            JsonNode project = createProject(db);
            List<String> checks = new ArrayList<>();
            for (int i = 0; i < CHECKS; i++) {
                checks.add(createCheck(portA, project.get("api_key").asText(), "job-" + i));
            }

            Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
            checks.forEach(c -> acknowledged.put(c, ConcurrentHashMap.newKeySet()));
            AtomicBoolean killed = new AtomicBoolean();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger afterKill = new AtomicInteger();
            AtomicInteger byB = new AtomicInteger();
            List<Thread> clients = new ArrayList<>();
            for (int t = 0; t < CLIENTS; t++) {
                int client = t;
                clients.add(Thread.ofPlatform().name("client-" + t).start(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        // Each client pings both nodes in turns, every check in turns.
                        int port = (client + i) % 2 == 0 ? portA : portB;
                        String check = checks.get((client + i) % CHECKS);
                        String body = "c" + client + "-" + i;
                        if (ping(port, check, body)) {
                            acknowledged.get(check).add(body);
                            if (port == portB) {
                                byB.incrementAndGet();
                            }
                            if (killed.get()) {
                                afterKill.incrementAndGet();
                            }
                        }
                    }
                }));
            }
            Thread.sleep(BEFORE_KILL);
            b.destroyForcibly();
            assertThat(b.waitFor(20, TimeUnit.SECONDS)).isTrue();
            killed.set(true);
            Thread.sleep(AFTER_KILL);
            stop.set(true);
            for (Thread c : clients) {
                c.join(Duration.ofSeconds(30));
            }

            assertThat(byB.get()).as("pings node B answered before it was killed").isPositive();
            assertThat(afterKill.get()).as("pings node A answered after B was killed").isPositive();
            Jdbi jdbi = Jdbi.create(db.jdbcUrl(), db.user(), db.password());
            long total = 0;
            for (String check : checks) {
                total += assertStoredWithoutGaps(jdbi, check, acknowledged.get(check));
            }
            System.out.println("KillNodeIT: " + total + " pings stored, "
                + acknowledged.values().stream().mapToInt(Set::size).sum() + " acknowledged, "
                + byB.get() + " by B before it was killed, " + afterKill.get() + " by A after");
        } finally {
            for (Process p : new Process[] {a, b}) {
                if (p != null && p.isAlive()) {
                    p.destroy();
                    if (!p.waitFor(20, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                }
            }
            PostgresCluster.shared().dropDatabase(db.name());
        }
    }

    /** @return the number of pings stored for the check */
    private static long assertStoredWithoutGaps(Jdbi jdbi, String uuid, Set<String> acknowledged) {
        List<Map<String, Object>> rows = jdbi.withHandle(h -> h.createQuery("""
                SELECT p.n, p.body FROM ping p JOIN check_ c ON c.id = p.check_id WHERE c.uuid = :uuid ORDER BY p.n""")
            .bind("uuid", uuid).mapToMap().list());
        long nPings = jdbi.withHandle(h -> h.createQuery("SELECT n_pings FROM check_ WHERE uuid = :uuid")
            .bind("uuid", uuid).mapTo(Long.class).one());
        assertThat(rows.stream().map(r -> ((Number) r.get("n")).longValue()).toList())
            .as("ping numbers of " + uuid)
            .containsExactlyElementsOf(LongStream.rangeClosed(1, rows.size()).boxed().toList());
        // A ping B stored but died before answering may be there too: stored, never acknowledged.
        assertThat(rows.stream().map(r -> new String((byte[]) r.get("body"), StandardCharsets.UTF_8)).toList())
            .as("pings stored for " + uuid)
            .containsAll(acknowledged);
        assertThat(nPings).isEqualTo(rows.size());
        return rows.size();
    }

    private boolean ping(int port, String check, String body) {
        try {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ping/" + check))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
            return res.statusCode() == 200;
        } catch (IOException e) {
            // Refused or cut off: the killed node. Not acknowledged, so nothing is promised.
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Process server(PostgresDatabase db, String name, int port) throws IOException {
        ProcessBuilder pb = jar(db, name, List.of());
        pb.environment().put("CRONKEEPER_PORT", Integer.toString(port));
        return pb.redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    private JsonNode createProject(PostgresDatabase db) throws Exception {
        Process cli = jar(db, "cli", List.of("project", "create", "--name", "Killed")).start();
        String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).as(new String(cli.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        return JSON.readTree(out);
    }

    private String createCheck(int port, String apiKey, String name) throws Exception {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v3/checks/"))
            .header("X-Api-Key", apiKey)
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("uuid").asText();
    }

    /** The jar with this node's data dir and the shared database, as a real node's unit would run it. */
    private ProcessBuilder jar(PostgresDatabase db, String name, List<String> args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx256m", "-jar", JAR.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("CRONKEEPER_"));
        env.put("CRONKEEPER_DATA_DIR", dir.resolve(name).toString());
        env.put("CRONKEEPER_HOST", "127.0.0.1");
        env.put("CRONKEEPER_DATABASE_URL", db.url());
        env.put("CRONKEEPER_DATABASE_PASSWORD", db.password());
        // Every acknowledged ping must still be there to be counted.
        env.put("CRONKEEPER_PING_LOG_LIMIT", "1000000");
        return pb;
    }

    private void waitUntilUp(int port, Process process, String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                var res = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v3/status/")).build(),
                    HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        Path log = dir.resolve(name + ".log");
        throw new AssertionError("server did not start on port " + port + (Files.exists(log) ? ": " + Files.readString(log) : ""));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
