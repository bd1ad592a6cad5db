package io.cronkeeper.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: every node runs the monitor and the dispatcher, yet each check that goes down flips
 * once and alerts once. Both nodes' real loops run here, woken together on purpose.
 */
class AlertOnceTest {
    private static final int CHECKS = 20;

    @TempDir
    Path dir;

    @Test
    void checksGoingDownWithTwoMonitorsRunningFlipAndAlertExactlyOnce() throws Exception {
        try (Hook hook = new Hook(); Nodes nodes = Nodes.start(dir, Map.of(), true)) {
            CreatedProject project = nodes.a.createProject("alerts");
            nodes.webhookChannel(project.uuid(), hook.url("/alert"));
            List<String> uuids = new ArrayList<>();
            for (int i = 0; i < CHECKS; i++) {
                TestServer node = i % 2 == 0 ? nodes.a : nodes.b;
                String uuid = node.createCheck(project.apiKey(),
                    "{\"name\":\"job-" + i + "\",\"timeout\":60,\"grace\":60,\"channels\":\"*\"}").get("uuid").asText();
                assertThat(node.get("/ping/" + uuid).statusCode()).isEqualTo(200);
                uuids.add(uuid);
            }

            // Both nodes' clocks pass every deadline at once, and both monitors are woken together.
            for (TestServer node : List.of(nodes.a, nodes.b)) {
                node.clock.advance(Duration.ofMinutes(3));
            }
            nodes.a.appliance().monitor().wake();
            nodes.b.appliance().monitor().wake();

            assertThat(hook.await(CHECKS, Duration.ofSeconds(30))).hasSize(CHECKS);
            // Give a second delivery every chance to happen: passes of both loops, woken again.
            for (int i = 0; i < 3; i++) {
                nodes.a.appliance().monitor().wake();
                nodes.b.appliance().monitor().wake();
                nodes.a.appliance().dispatcher().wake();
                nodes.b.appliance().dispatcher().wake();
                Thread.sleep(500);
            }

            assertThat(hook.requests()).hasSize(CHECKS);
            assertThat(hook.requests()).extracting(r -> TestServer.json(r.body()).get("check").asText())
                .containsExactlyInAnyOrderElementsOf(uuids);
            for (String uuid : uuids) {
                assertThat(nodes.count("""
                    SELECT count(*) FROM flip f JOIN check_ c ON c.id = f.check_id
                    WHERE c.uuid = ? AND f.new_status = 'down'""", uuid)).as("down flips of " + uuid).isEqualTo(1);
                assertThat(nodes.count("""
                    SELECT count(*) FROM notification n JOIN check_ c ON c.id = n.check_id
                    WHERE c.uuid = ? AND n.state = 'sent' AND n.attempts = 1""", uuid)).as("sent alerts of " + uuid).isEqualTo(1);
            }
            assertThat(nodes.count("SELECT count(*) FROM notification")).isEqualTo(CHECKS);
            assertThat(nodes.count("SELECT count(*) FROM delivery_attempt WHERE delivered = 1")).isEqualTo(CHECKS);
            assertThat(nodes.count("SELECT count(*) FROM delivery_attempt")).isEqualTo(CHECKS);
            assertThat(nodes.exits).isEmpty();
        }
    }
}
