package io.cronkeeper.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: two nodes writing the same checks at once keep every acknowledged ping, numbered without gaps. */
class PingsOnTwoNodesTest {
    private static final int THREADS_PER_NODE = 8;
    private static final int PINGS_PER_THREAD = 200;
    private static final int CHECKS = 3;

    @TempDir
    Path dir;

    @Test
    void concurrentPingsToBothNodesAreAllStoredAndNumberedWithoutGaps() throws Exception {
        try (Nodes nodes = Nodes.start(dir, Map.of(Setting.PING_LOG_LIMIT, "1000000"), false)) {
            CreatedProject project = nodes.a.createProject("cluster");
            List<String> slugs = new ArrayList<>();
            List<String> uuids = new ArrayList<>();
            for (int i = 0; i < CHECKS; i++) {
                slugs.add("job-" + i);
                uuids.add(nodes.a.createCheck(project.apiKey(), "{\"name\":\"job-" + i + "\",\"slug\":\"job-" + i + "\"}")
                    .get("uuid").asText());
            }
            Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
            uuids.forEach(u -> acknowledged.put(u, ConcurrentHashMap.newKeySet()));
            List<String> refused = new ArrayList<>();

            try (ExecutorService clients = Executors.newFixedThreadPool(2 * THREADS_PER_NODE)) {
                List<Future<List<String>>> results = new ArrayList<>();
                for (int t = 0; t < 2 * THREADS_PER_NODE; t++) {
                    TestServer node = t % 2 == 0 ? nodes.a : nodes.b;
                    int thread = t;
                    results.add(clients.submit(() -> pingAll(node, project, slugs, uuids, thread, acknowledged)));
                }
                for (Future<List<String>> r : results) {
                    refused.addAll(r.get(5, TimeUnit.MINUTES));
                }
            }

            assertThat(refused).as("pings not answered 200").isEmpty();
            for (String uuid : uuids) {
                assertStoredWithoutGaps(nodes, uuid, acknowledged.get(uuid));
            }
            // Each check got pings from every thread, in a different order per thread, through both nodes.
            assertThat(acknowledged.values()).allSatisfy(s -> assertThat(s).hasSizeGreaterThan(PINGS_PER_THREAD));
            // Batches lock their checks in one order (BatchLocks): PostgreSQL never had to break a deadlock.
            assertThat(deadlocks(nodes)).isZero();
        }
    }

    @Test
    void aSlugPingedWithCreateOnBothNodesAtOnceMakesOneCheck() throws Exception {
        try (Nodes nodes = Nodes.start(dir)) {
            CreatedProject project = nodes.a.createProject("provisioning");
            for (int round = 0; round < 5; round++) {
                String path = "/ping/" + project.pingKey() + "/new-job-" + round + "?create=1";
                List<Integer> statuses = new ArrayList<>();
                try (ExecutorService clients = Executors.newFixedThreadPool(2 * THREADS_PER_NODE)) {
                    List<Future<Integer>> results = new ArrayList<>();
                    for (int t = 0; t < 2 * THREADS_PER_NODE; t++) {
                        TestServer node = t % 2 == 0 ? nodes.a : nodes.b;
                        results.add(clients.submit(() -> node.get(path).statusCode()));
                    }
                    for (Future<Integer> r : results) {
                        statuses.add(r.get(1, TimeUnit.MINUTES));
                    }
                }
                // One of them made it (201), the others pinged it (200).
                assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
                assertThat(nodes.count("SELECT count(*) FROM check_ WHERE slug = ?", "new-job-" + round)).isEqualTo(1);
                assertThat(nodes.count("SELECT n_pings FROM check_ WHERE slug = ?", "new-job-" + round))
                    .isEqualTo(2 * THREADS_PER_NODE);
            }
        }
    }

    /**
     * One client thread: each ping goes to the next check from the thread's own offset, by UUID
     * or by slug in turns, with a body naming it.
     *
     * @return what was not answered 200
     */
    private static List<String> pingAll(TestServer node, CreatedProject project, List<String> slugs, List<String> uuids,
                                        int thread, Map<String, Set<String>> acknowledged) {
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < PINGS_PER_THREAD; i++) {
            int check = (thread + i * (thread % 2 == 0 ? 1 : CHECKS - 1)) % CHECKS;
            String path = i % 2 == 0 ? "/ping/" + uuids.get(check) : "/ping/" + project.pingKey() + "/" + slugs.get(check);
            String body = "t" + thread + "-" + i;
            HttpResponse<String> res = node.send(node.request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build());
            if (res.statusCode() == 200) {
                acknowledged.get(uuids.get(check)).add(body);
            } else {
                refused.add(body + " -> " + res.statusCode() + " " + res.body());
            }
        }
        return refused;
    }

    private static void assertStoredWithoutGaps(Nodes nodes, String uuid, Set<String> acknowledged) {
        List<Map<String, Object>> rows = nodes.jdbi().withHandle(h -> h.createQuery("""
                SELECT p.n, p.body FROM ping p JOIN check_ c ON c.id = p.check_id WHERE c.uuid = :uuid ORDER BY p.n""")
            .bind("uuid", uuid).mapToMap().list());
        long nPings = nodes.jdbi().withHandle(h -> h.createQuery("SELECT n_pings FROM check_ WHERE uuid = :uuid")
            .bind("uuid", uuid).mapTo(Long.class).one());
        assertThat(rows.stream().map(r -> ((Number) r.get("n")).longValue()).toList())
            .as("ping numbers of " + uuid)
            .containsExactlyElementsOf(LongStream.rangeClosed(1, rows.size()).boxed().toList());
        assertThat(rows.stream().map(r -> new String((byte[]) r.get("body"), StandardCharsets.UTF_8)).toList())
            .as("bodies of the pings stored for " + uuid)
            .containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(nPings).isEqualTo(rows.size());
    }

    private static long deadlocks(Nodes nodes) {
        return nodes.jdbi().withHandle(h -> h.createQuery(
                "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")
            .mapTo(Long.class).one());
    }
}
