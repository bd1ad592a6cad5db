package io.cronkeeper.alert;

import static io.cronkeeper.alert.EmailNotifierTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.channel.ChannelKind;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks as a real HTTP receiver sees them. */
class WebhookNotifierTest {
    private Receiver receiver;
    private Notifiers notifiers;

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
        notifiers = Alerts.notifiers(Alerts.settings());
    }

    @AfterEach
    void stop() {
        notifiers.close();
        receiver.close();
    }

    @Test
    void downRequestWithMethodHeadersAndBody() {
        String config = """
            {"down": {"method": "POST", "url": "%s/hook/$CODE?name=$NAME&tag=$TAG2",
                      "headers": {"X-Check": "$NAME", "Content-Type": "application/json"},
                      "body": "{\\"name\\": $NAME_JSON, \\"status\\": \\"$STATUS\\", \\"exit\\": $EXITSTATUS, \\"out\\": $BODY_JSON}"},
             "up": {"url": "%s/up"}}""".formatted(receiver.base(), receiver.base());

        DeliveryResult r = deliver(Alerts.named("nightly backup", List.of("db", "prod"), "disk full"), config);

        assertThat(r).isEqualTo(DeliveryResult.ok(200));
        Receiver.Request req = receiver.only();
        assertThat(req.method()).isEqualTo("POST");
        assertThat(req.path()).isEqualTo("/hook/" + Alerts.UUID);
        assertThat(req.rawQuery()).isEqualTo("name=nightly%20backup&tag=prod");
        assertThat(req.header("X-Check")).isEqualTo("nightly backup");
        assertThat(req.header("Content-Type")).isEqualTo("application/json");
        assertThat(req.body()).isEqualTo("{\"name\": \"nightly backup\", \"status\": \"down\", \"exit\": -1, \"out\": \"disk full\"}");
    }

    @Test
    void sideWithoutUrlSendsNothingAndCountsAsDelivered() {
        String config = "{\"down\": {\"url\": \"" + receiver.base() + "/down\"}, \"up\": {\"url\": \"\"}}";
        assertThat(deliver(Alerts.up(), config)).isEqualTo(new DeliveryResult(true, OptionalInt.empty(), "", false));
        assertThat(deliver(Alerts.up(), "{\"down\": {\"url\": \"" + receiver.base() + "/down\"}}"))
            .isEqualTo(new DeliveryResult(true, OptionalInt.empty(), "", false));
        assertThat(receiver.requests()).isEmpty();
    }

    @Test
    void sideDefaultsToGetWithoutBody() {
        String config = "{\"up\": {\"url\": \"" + receiver.base() + "/up?s=$STATUS&at=$NOW\", \"body\": \"ignored for GET\"}}";
        assertThat(deliver(Alerts.up(), config).delivered()).isTrue();
        Receiver.Request req = receiver.only();
        assertThat(req.method()).isEqualTo("GET");
        assertThat(req.path()).isEqualTo("/up");
        assertThat(req.rawQuery()).isEqualTo("s=up&at=2024-05-01T03%3A00%3A00%2B00%3A00");
        assertThat(req.body()).isEmpty();
        assertThat(req.header("Content-Length")).isNull();
    }

    @Test
    void simpleUrlPostsTheEventAsJsonInBothDirections() throws Exception {
        String config = "{\"url\": \"" + receiver.base() + "/events\"}";
        assertThat(deliver(Alerts.down(), config).delivered()).isTrue();
        assertThat(deliver(Alerts.up(), config).delivered()).isTrue();

        List<Receiver.Request> requests = receiver.requests();
        assertThat(requests).extracting(Receiver.Request::method).containsExactly("POST", "POST");
        assertThat(requests).extracting(Receiver.Request::path).containsExactly("/events", "/events");
        assertThat(requests.getFirst().header("Content-Type")).isEqualTo("application/json");
        assertThat(json(requests.getFirst().body())).isEqualTo(json("""
            {"check": "%s", "name": "backup-nightly", "slug": "backup-nightly", "tags": ["db", "nightly"],
             "project": "Home lab", "status": "down", "reason": "fail", "now": "2024-05-01T03:00:00Z",
             "last_ping": "2024-05-01T02:00:13Z", "exit_status": 3, "check_url": "%s"}"""
            .formatted(Alerts.UUID, Alerts.CHECK_URL)));
        assertThat(json(requests.get(1).body()).get("status").asText()).isEqualTo("up");
        assertThat(json(requests.get(1).body()).get("exit_status").isNull()).isTrue();
    }

    @Test
    void simpleUrlWithItsOwnMethodAndBody() {
        String config = "{\"url\": \"" + receiver.base() + "/x\", \"method\": \"put\", \"body\": \"$NAME is $STATUS\","
            + " \"headers\": {\"Authorization\": \"Bearer abc123\"}}";
        assertThat(deliver(Alerts.down(), config).delivered()).isTrue();
        Receiver.Request req = receiver.only();
        assertThat(req.method()).isEqualTo("PUT");
        assertThat(req.body()).isEqualTo("backup-nightly is down");
        assertThat(req.header("Authorization")).isEqualTo("Bearer abc123");
        assertThat(req.header("Content-Type")).as("only what the user configured").isNull();
    }

    @Test
    void credentialsInHeadersAndQueryAreMaskedInErrors() {
        receiver.answer(401, "rejected Bearer abc123 for q=s3cr3t-key, wanted application/json");
        String config = "{\"url\": \"" + receiver.base() + "/x?q=s3cr3t-key\", \"headers\": {\"Authorization\": \"Bearer abc123\","
            + " \"Accept\": \"application/json\"}}";
        assertThat(deliver(Alerts.down(), config).error())
            .isEqualTo("HTTP 401: rejected **** for ****, wanted application/json");
    }

    @Test
    void simpleGetSendsNoBody() {
        assertThat(deliver(Alerts.down(), "{\"url\": \"" + receiver.base() + "/ping\", \"method\": \"GET\"}").delivered())
            .isTrue();
        assertThat(receiver.only().method()).isEqualTo("GET");
        assertThat(receiver.only().body()).isEmpty();
    }

    @Test
    void jsonInAUrlIsEncodedIntoAValidUrl() {
        assertThat(deliver(Alerts.down(), "{\"url\": \"" + receiver.base() + "/$JSON\"}").delivered()).isTrue();
        assertThat(receiver.only().path()).isEqualTo("/%7B%22name%22%3A%22backup-nightly%22%2C%22status%22%3A%22down%22%7D");
    }

    @Test
    void placeholderInTheHostIsAConfigErrorNotARequest() {
        DeliveryResult r = deliver(Alerts.named("a b", List.of(), ""), "{\"url\": \"http://$NAME.example.org/\"}");
        assertThat(r).isEqualTo(DeliveryResult.failed(OptionalInt.empty(),
            "channel config: webhook config \"url\" is not an http or https URL: http://$NAME.example.org/", false));
    }

    private DeliveryResult deliver(Alert alert, String config) {
        return notifiers.forKind(ChannelKind.WEBHOOK).deliver(alert, json(config));
    }
}
