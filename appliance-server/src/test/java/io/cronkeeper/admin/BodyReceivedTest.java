package io.cronkeeper.admin;

import static io.cronkeeper.admin.AdminClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admin ping objects say how many body bytes were received beside how many were stored. */
class BodyReceivedTest {
    private static final int LIMIT = 10_000;

    @TempDir
    static Path dir;
    static TestServer server;
    static AdminClient admin;
    String check;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir, Map.of(Setting.PING_BODY_LIMIT, Integer.toString(LIMIT)));
        admin = new AdminClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void newCheck() {
        String project = admin.createProject("bodies").get("uuid").asText();
        check = admin.createCheck(project, "{}").get("uuid").asText();
    }

    @Test
    void cutBodyReportsStoredAndReceivedSizes() {
        send(HttpRequest.BodyPublishers.ofByteArray(bytes(10_240)));
        JsonNode ping = onlyPing();
        assertThat(ping.get("body_size").asInt()).isEqualTo(LIMIT);
        assertThat(ping.get("body_received").asLong()).isEqualTo(10_240);
        assertThat(storedColumn()).isEqualTo(10_240L);
    }

    @Test
    void chunkedBodyWithoutLengthIsCountedToo() {
        // No Content-Length: the reader counts what streams past the limit.
        send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes(25_000))));
        JsonNode ping = onlyPing();
        assertThat(ping.get("body_size").asInt()).isEqualTo(LIMIT);
        assertThat(ping.get("body_received").asLong()).isEqualTo(25_000);
    }

    @Test
    void wholeBodyAndNoBodyReceiveWhatIsStored() {
        send(HttpRequest.BodyPublishers.ofByteArray(bytes(LIMIT)));
        server.get("/ping/" + check);
        JsonNode pings = ok(admin.get("/checks/" + check + "/pings"), 200).get("pings");
        assertThat(pings.get(0).get("body_size").asInt()).isZero();
        assertThat(pings.get(0).get("body_received").asInt()).isZero();
        assertThat(pings.get(1).get("body_size").asInt()).isEqualTo(LIMIT);
        assertThat(pings.get(1).get("body_received").asInt()).isEqualTo(LIMIT);
    }

    @Test
    void rowsFromBeforeTheColumnReceivedWhatIsStored() {
        send(HttpRequest.BodyPublishers.ofByteArray(bytes(123)));
        server.jdbi().useHandle(h -> h.execute("UPDATE ping SET body_received = NULL"));
        JsonNode ping = onlyPing();
        assertThat(ping.get("body_size").asInt()).isEqualTo(123);
        assertThat(ping.get("body_received").asInt()).isEqualTo(123);
    }

    @Test
    void liveEventCarriesBothSizes() throws Exception {
        try (SseClient events = new SseClient(admin)) {
            send(HttpRequest.BodyPublishers.ofByteArray(bytes(12_000)));
            JsonNode ping = events.next("ping").data().get("ping");
            assertThat(ping.get("body_size").asInt()).isEqualTo(LIMIT);
            assertThat(ping.get("body_received").asInt()).isEqualTo(12_000);
        }
    }

    private void send(HttpRequest.BodyPublisher body) {
        var res = server.send(server.request("/ping/" + check).POST(body).build());
        assertThat(res.statusCode()).isEqualTo(200);
    }

    private JsonNode onlyPing() {
        JsonNode pings = ok(admin.get("/checks/" + check + "/pings"), 200).get("pings");
        assertThat(pings).hasSize(1);
        return pings.get(0);
    }

    private Long storedColumn() {
        return server.jdbi().withHandle(h -> h.createQuery(
                "SELECT p.body_received FROM ping p JOIN check_ c ON c.id = p.check_id WHERE c.uuid = ?")
            .bind(0, check).mapTo(Long.class).one());
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'x');
        return b;
    }
}
