package io.cronkeeper.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API writes keep working while the ping writer commits batch after batch. */
class ConcurrentWritersTest {
    @TempDir
    Path dir;

    @Test
    void checksCanBeCreatedDuringAPingFlood() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            var project = server.createProject("P");
            String uuid = server.createCheck(project.apiKey(), "{\"name\":\"busy\"}").get("uuid").asText();
            AtomicBoolean flooding = new AtomicBoolean(true);
            ConcurrentLinkedQueue<Integer> pingStatuses = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Integer> createStatuses = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
            List<Future<?>> pingers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                pingers.add(pool.submit(() -> {
                    while (flooding.get()) {
                        pingStatuses.add(server.get("/ping/" + uuid).statusCode());
                    }
                }));
            }
            List<Future<?>> creators = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                creators.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        createStatuses.add(server.post("/api/v3/checks/", project.apiKey(),
                            "{\"name\":\"c-" + thread + "-" + i + "\"}").statusCode());
                    }
                }));
            }
            for (Future<?> f : creators) {
                f.get();
            }
            flooding.set(false);
            for (Future<?> f : pingers) {
                f.get();
            }
            pool.close();
            assertThat(createStatuses).hasSize(100).containsOnly(201);
            assertThat(pingStatuses).isNotEmpty().containsOnly(200);
            long checks = server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM check_").mapTo(Long.class).one());
            assertThat(checks).isEqualTo(101);
        }
    }
}
