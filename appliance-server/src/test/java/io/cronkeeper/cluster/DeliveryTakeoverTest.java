package io.cronkeeper.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a node that dies while sending an alert leaves it claimed ("sending") with a lease;
 * once the lease has run out another node sends it, and the dead node's late answer (had it
 * only stalled) changes nothing.
 */
class DeliveryTakeoverTest {
    /** Dispatcher.LEASE, and a little more. */
    private static final Duration PAST_THE_LEASE = Duration.ofMinutes(3).plusSeconds(1);

    @TempDir
    Path dir;

    @Test
    void alertLeftSendingByAStoppedNodeIsDeliveredByTheOtherAfterItsLease() throws Exception {
        try (Hook hook = new Hook().stallFirst(503); Nodes nodes = Nodes.one(dir)) {
            CreatedProject project = nodes.a.createProject("takeover");
            nodes.webhookChannel(project.uuid(), hook.url("/alert"));
            String uuid = nodes.a.createCheck(project.apiKey(), "{\"name\":\"backup\",\"channels\":\"*\"}")
                .get("uuid").asText();
            nodes.a.get("/ping/" + uuid + "/fail");
            // Node A claimed the alert and is sending it: the receiver holds the request.
            assertThat(hook.await(1, Duration.ofSeconds(10))).hasSize(1);
            assertThat(state(nodes, uuid)).isEqualTo("sending/1");

            // A stops mid-delivery; its close waits for the held request, its claim stays. On a
            // thread of its own: in the common pool (one thread on two cores) the wait would hold
            // up the HTTP client's completions, B's delivery included.
            Thread aStopping = Thread.ofPlatform().name("stopping-a").start(() -> nodes.stopNode(nodes.a));
            TestServer b = nodes.startNode("b");
            b.appliance().dispatcher().wake();
            Thread.sleep(1000);
            assertThat(hook.requests()).as("B leaves a claim alone while its lease lasts").hasSize(1);

            b.clock.advance(PAST_THE_LEASE);
            b.appliance().dispatcher().wake();
            assertThat(hook.await(2, Duration.ofSeconds(10))).hasSize(2);
            awaitState(nodes, uuid, "sent/2");

            // A's request finally gets its answer, an error: A logs its attempt, but may not queue
            // the alert again over B's result (it would be sent twice more).
            hook.releaseStalled();
            aStopping.join(Duration.ofSeconds(30));
            assertThat(aStopping.isAlive()).isFalse();
            assertThat(state(nodes, uuid)).isEqualTo("sent/2");
            assertThat(nodes.count("SELECT count(*) FROM delivery_attempt")).isEqualTo(2);
            assertThat(nodes.count("SELECT count(*) FROM delivery_attempt WHERE delivered = 1")).isEqualTo(1);
            b.appliance().dispatcher().wake();
            Thread.sleep(500);
            assertThat(hook.requests()).hasSize(2);
        }
    }

    private static String state(Nodes nodes, String uuid) {
        return nodes.jdbi().withHandle(h -> h.createQuery("""
                SELECT n.state || '/' || n.attempts FROM notification n JOIN check_ c ON c.id = n.check_id
                WHERE c.uuid = :uuid""")
            .bind("uuid", uuid).mapTo(String.class).one());
    }

    private static void awaitState(Nodes nodes, String uuid, String expected) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!state(nodes, uuid).equals(expected) && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertThat(state(nodes, uuid)).isEqualTo(expected);
    }
}
