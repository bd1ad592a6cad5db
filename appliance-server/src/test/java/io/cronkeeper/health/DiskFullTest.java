package io.cronkeeper.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data dir on a size-limited tmpfs that fills up under a running server: pings and API writes
 * answer 503 with Retry-After (never 500) while it is full, 200 again within seconds of space
 * returning, with no restart; exactly the acknowledged pings are stored; the database is intact.
 * Needs {@code mount} (root, as CI runs); skipped with a message where it is refused.
 */
class DiskFullTest {
    @TempDir
    Path dir;
    Path mount;
    boolean mounted;

    @BeforeEach
    void mountTmpfs() throws Exception {
        mount = dir.resolve("tmpfs");
        Files.createDirectories(mount);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString())
            .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        mounted = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        assumeTrue(mounted, "skipped: cannot mount a size-limited tmpfs here (needs root): " + out.strip());
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", "-l", mount.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFullDiskGives503AndTheServerRecoversByItself() throws Exception {
        List<Integer> exits = new CopyOnWriteArrayList<>();
        Path data = mount.resolve("data");
        try (TestServer server = TestServer.startSupervised(data, Map.of(Setting.PING_LOG_LIMIT, "100000"),
            new Supervisor(exits::add))) {
            var project = server.createProject("disk");
            String uuid = server.createCheck(project.apiKey(), "{\"name\": \"c\"}").get("ping_url").asText()
                .replaceAll(".*/", "");
            Set<String> acknowledged = new HashSet<>();
            List<Integer> statuses = new ArrayList<>();
            int n = 0;
            for (; n < 20; n++) {
                ping(server, uuid, n, acknowledged, statuses);
            }
            assertThat(acknowledged).hasSize(20);

            Path filler = mount.resolve("filler");
            fill(filler);
            List<HttpResponse<String>> whileFull = new ArrayList<>();
            for (int i = 0; i < 40; i++, n++) {
                whileFull.add(ping(server, uuid, n, acknowledged, statuses));
            }
            HttpResponse<String> apiWrite = server.post("/api/v3/checks/", project.apiKey(),
                "{\"name\": \"while full\", \"desc\": \"" + "x".repeat(50_000) + "\"}");
            HttpResponse<String> provisioned = server.get("/ping/" + project.pingKey() + "/new-slug?create=1");

            assertThat(whileFull).extracting(HttpResponse::statusCode).contains(503).doesNotContain(500);
            assertThat(whileFull).filteredOn(r -> r.statusCode() == 503)
                .allSatisfy(r -> assertThat(r.headers().firstValue("Retry-After")).isPresent());
            assertThat(apiWrite.statusCode()).isEqualTo(503);
            assertThat(apiWrite.headers().firstValue("Retry-After")).isPresent();
            assertThat(provisioned.statusCode()).isIn(201, 503);
            assertThat(server.appliance().health().report().warnings())
                .anySatisfy(w -> assertThat(w).startsWith("the database cannot write"));

            Files.delete(filler);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            HttpResponse<String> again;
            do {
                again = ping(server, uuid, n++, acknowledged, statuses);
            } while (again.statusCode() != 200 && System.nanoTime() < deadline && sleep());
            assertThat(again.statusCode()).as("a ping once space is back").isEqualTo(200);
            for (int i = 0; i < 10; i++, n++) {
                assertThat(ping(server, uuid, n, acknowledged, statuses).statusCode()).isEqualTo(200);
            }
            assertThat(server.post("/api/v3/checks/", project.apiKey(), "{\"name\": \"after\"}").statusCode())
                .isEqualTo(201);

            assertThat(statuses).doesNotContain(500).containsOnly(200, 503);
            Set<String> stored = new HashSet<>(server.jdbi().withHandle(h -> h.createQuery(
                "SELECT CAST(p.body AS TEXT) FROM ping p JOIN check_ c ON c.id = p.check_id WHERE c.uuid = :u")
                .bind("u", uuid).mapTo(String.class).list()));
            assertThat(stored).isEqualTo(acknowledged);
            long nPings = server.jdbi().withHandle(h -> h.createQuery("SELECT n_pings FROM check_ WHERE uuid = :u")
                .bind("u", uuid).mapTo(Long.class).one());
            assertThat(nPings).isEqualTo(acknowledged.size());
            String integrity = server.jdbi().withHandle(h -> h.createQuery("PRAGMA integrity_check")
                .mapTo(String.class).one());
            assertThat(integrity).isEqualTo("ok");
            assertThat(exits).isEmpty();
        }
    }

    /** A ping whose body names it, 2 KB long so that pings need new pages. */
    private static HttpResponse<String> ping(TestServer server, String uuid, int n, Set<String> acknowledged,
                                             List<Integer> statuses) {
        String body = ("ping-" + n + " ").repeat(1) + "b".repeat(2000);
        HttpResponse<String> res = server.send(server.request("/ping/" + uuid)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        statuses.add(res.statusCode());
        if (res.statusCode() == 200) {
            acknowledged.add(body);
        }
        return res;
    }

    private static void fill(Path filler) throws IOException {
        byte[] chunk = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
    }

    private static boolean sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
