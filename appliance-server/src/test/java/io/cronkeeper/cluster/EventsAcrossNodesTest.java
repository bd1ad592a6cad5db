package io.cronkeeper.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.project.ProjectService.CreatedProject;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: the admin app's event stream, connected to any node, shows what happened on the others. */
class EventsAcrossNodesTest {
    /** Far more than the relay needs (a NOTIFY is delivered in milliseconds), for a loaded CI machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    Nodes nodes;
    CreatedProject project;
    String uuid;

    @BeforeEach
    void start() {
        nodes = Nodes.start(dir);
        project = nodes.a.createProject("live");
        uuid = nodes.a.createCheck(project.apiKey(), "{\"name\":\"backup\"}").get("uuid").asText();
    }

    @AfterEach
    void stop() {
        nodes.close();
    }

    @Test
    void pingSentToNodeAReachesTheStreamOfNodeB() throws Exception {
        try (var streamB = new EventStreamReader(nodes, nodes.b)) {
            long sent = System.nanoTime();
            assertThat(nodes.a.get("/ping/" + uuid).statusCode()).isEqualTo(200);

            EventStreamReader.Frame ping = streamB.next("ping", PATIENCE);
            Duration delay = Duration.ofNanos(System.nanoTime() - sent);

            assertThat(ping.data().get("check_uuid").asText()).isEqualTo(uuid);
            assertThat(ping.data().get("project").asText()).isEqualTo(project.uuid());
            assertThat(ping.data().get("ping").get("n").asInt()).isEqualTo(1);
            // Node B adds the check as it reads it from the shared database: the ping is in it.
            assertThat(ping.data().get("check").get("n_pings").asInt()).isEqualTo(1);
            assertThat(ping.data().get("check").get("status").asText()).isEqualTo("up");
            System.out.println("EventsAcrossNodesTest: ping on A seen on B's stream after " + delay.toMillis() + " ms");
        }
    }

    @Test
    void aNodeSeesItsOwnEventsOnceNotAgainThroughTheDatabase() throws Exception {
        try (var streamB = new EventStreamReader(nodes, nodes.b)) {
            nodes.b.get("/ping/" + uuid);
            nodes.a.get("/ping/" + uuid);
            nodes.b.get("/ping/" + uuid);

            // B's own pings at once, A's as it arrives: not in order, but each exactly once.
            List<Integer> seen = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                seen.add(streamB.next("ping", PATIENCE).data().get("ping").get("n").asInt());
            }
            assertThat(seen).containsExactlyInAnyOrder(1, 2, 3);
            streamB.assertNone("ping", Duration.ofSeconds(1));
        }
    }

    @Test
    void checkTooLargeForOneNotifyArrivesWithTheCheckAsNodeBReadsIt() throws Exception {
        String description = "runs nightly; ".repeat(1000);
        try (var streamB = new EventStreamReader(nodes, nodes.b)) {
            var res = nodes.a.send(nodes.admin(nodes.a, "/checks/" + uuid)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"desc\":\"" + description + "\"}")).build());
            assertThat(res.statusCode()).as(res.body()).isEqualTo(200);

            EventStreamReader.Frame changed = streamB.next("check", PATIENCE);
            // The check's own "created", made on node A just before this test, may reach B's stream
            // only now: NOTIFY is delivered after A's commit, not before B subscribed (failed once in CI).
            if (changed.data().get("action").asText().equals("created")) {
                changed = streamB.next("check", PATIENCE);
            }

            assertThat(changed.data().get("action").asText()).isEqualTo("updated");
            assertThat(changed.data().get("check").get("desc").asText()).isEqualTo(description);
        }
    }

    @Test
    void lostListenerConnectionTellsTheAppToReloadAndEventsFlowAgain() throws Exception {
        try (var streamB = new EventStreamReader(nodes, nodes.b)) {
            assertThat(terminate("cronkeeper-events-listen")).isEqualTo(2);

            assertThat(streamB.next("overflow", PATIENCE).data().get("reason").asText()).contains("reload");

            nodes.a.get("/ping/" + uuid);
            assertThat(streamB.next("ping", PATIENCE).data().get("check_uuid").asText()).isEqualTo(uuid);
        }
    }

    @Test
    void lostSenderConnectionTellsTheOtherNodesToReloadAndEventsFlowAgain() throws Exception {
        try (var streamB = new EventStreamReader(nodes, nodes.b)) {
            assertThat(terminate("cronkeeper-events-send")).isEqualTo(2);

            // A's sender finds its connection gone with this ping's event in hand.
            nodes.a.get("/ping/" + uuid);
            assertThat(streamB.next("overflow", PATIENCE).data().get("reason").asText()).contains("reload");

            nodes.a.get("/ping/" + uuid);
            assertThat(streamB.next("ping", PATIENCE).data().get("check_uuid").asText()).isEqualTo(uuid);
        }
    }

    /** Ends the relay's sessions of that name on both nodes, as a database restart or a network cut would. */
    private int terminate(String applicationName) {
        return nodes.jdbi().withHandle(h -> h.createQuery("""
                SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                WHERE application_name = :name AND datname = current_database()""")
            .bind("name", applicationName).mapTo(Integer.class).one());
    }
}
