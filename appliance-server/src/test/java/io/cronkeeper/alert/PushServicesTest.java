package io.cronkeeper.alert;

import static io.cronkeeper.alert.EmailNotifierTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.channel.ChannelKind;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ntfy, Gotify and Pushover, each checked against the request its real server expects. */
class PushServicesTest {
    private static final String USER_KEY = "uQiRzpo4DXghDmr9QzzfQu27cmVRsG";
    private static final String APP_TOKEN = "azGDORePK8gMaC0QOYAMyEEuzJnyUi";

    private Receiver receiver;
    private Notifiers notifiers;

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
        notifiers = Alerts.notifiers(Alerts.pointedAt(receiver));
    }

    @AfterEach
    void stop() {
        notifiers.close();
        receiver.close();
    }

    @Test
    void ntfyPublishesJsonToTheServerRoot() {
        String config = "{\"server\": \"" + receiver.base() + "/\", \"topic\": \"backups\", \"token\": \"tk_secret1\"}";
        assertThat(deliver(ChannelKind.NTFY, Alerts.down(), config)).isEqualTo(DeliveryResult.ok(200));

        Receiver.Request req = receiver.only();
        assertThat(req.method()).isEqualTo("POST");
        assertThat(req.path()).isEqualTo("/");
        assertThat(req.rawQuery()).isNull();
        assertThat(req.header("Content-Type")).isEqualTo("application/json");
        assertThat(req.header("Authorization")).isEqualTo("Bearer tk_secret1");
        assertThat(json(req.body())).isEqualTo(json("""
            {"topic": "backups", "title": "DOWN | backup-nightly", "message": %s, "priority": 5,
             "tags": ["red_circle"],
             "actions": [{"action": "view", "label": "View check", "url": "%s"}]}"""
            .formatted(Placeholders.jsonString(AlertText.of(Alerts.down()).plain()), Alerts.CHECK_URL)));
    }

    @Test
    void ntfyUpUsesItsOwnPriorityAndNoTokenMeansNoAuthorization() {
        String config = "{\"server\": \"" + receiver.base() + "\", \"topic\": \"b\", \"priority\": 4, \"priority_up\": 1}";
        assertThat(deliver(ChannelKind.NTFY, Alerts.up(), config).delivered()).isTrue();
        Receiver.Request req = receiver.only();
        assertThat(req.header("Authorization")).isNull();
        assertThat(json(req.body()).get("priority").asInt()).isEqualTo(1);
        assertThat(json(req.body()).get("tags").get(0).asText()).isEqualTo("green_circle");
        assertThat(json(req.body()).get("title").asText()).isEqualTo("UP | backup-nightly");
    }

    @Test
    void gotifyPostsAMessageWithTheAppToken() {
        String config = "{\"server\": \"" + receiver.base() + "/gotify/\", \"token\": \"AbCdEf.123\"}";
        assertThat(deliver(ChannelKind.GOTIFY, Alerts.down(), config)).isEqualTo(DeliveryResult.ok(200));

        Receiver.Request req = receiver.only();
        assertThat(req.method()).isEqualTo("POST");
        assertThat(req.path()).isEqualTo("/gotify/message");
        assertThat(req.rawQuery()).as("token not in the URL").isNull();
        assertThat(req.header("X-Gotify-Key")).isEqualTo("AbCdEf.123");
        assertThat(req.header("Content-Type")).isEqualTo("application/json");
        assertThat(json(req.body())).isEqualTo(json("""
            {"title": "DOWN | backup-nightly", "message": %s, "priority": 8,
             "extras": {"client::display": {"contentType": "text/plain"}}}"""
            .formatted(Placeholders.jsonString(AlertText.of(Alerts.down()).plain()))));
    }

    @Test
    void gotifyUpPriority() {
        String config = "{\"server\": \"" + receiver.base() + "\", \"token\": \"t\", \"priority\": 10, \"priority_up\": 2}";
        deliver(ChannelKind.GOTIFY, Alerts.up(), config);
        assertThat(json(receiver.only().body()).get("priority").asInt()).isEqualTo(2);
    }

    @Test
    void pushoverPostsAForm() {
        String config = "{\"user_key\": \"" + USER_KEY + "\", \"app_token\": \"" + APP_TOKEN + "\", \"priority\": 1}";
        assertThat(deliver(ChannelKind.PUSHOVER, Alerts.down(), config)).isEqualTo(DeliveryResult.ok(200));

        Receiver.Request req = receiver.only();
        assertThat(req.method()).isEqualTo("POST");
        assertThat(req.path()).isEqualTo("/1/messages.json");
        assertThat(req.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(form(req.body())).containsExactly(
            Map.entry("token", APP_TOKEN),
            Map.entry("user", USER_KEY),
            Map.entry("title", "DOWN | backup-nightly"),
            Map.entry("message", AlertText.of(Alerts.down()).plain()),
            Map.entry("priority", "1"));
    }

    @Test
    void pushoverEmergencyRepeatsUntilAcknowledged() {
        String config = "{\"user_key\": \"" + USER_KEY + "\", \"app_token\": \"" + APP_TOKEN + "\", \"priority\": 2,"
            + " \"priority_up\": -1}";
        deliver(ChannelKind.PUSHOVER, Alerts.down(), config);
        deliver(ChannelKind.PUSHOVER, Alerts.up(), config);
        Map<String, String> down = form(receiver.requests().get(0).body());
        Map<String, String> up = form(receiver.requests().get(1).body());
        assertThat(down).containsEntry("priority", "2").containsEntry("retry", "300").containsEntry("expire", "86400");
        assertThat(up).containsEntry("priority", "-1").doesNotContainKeys("retry", "expire");
    }

    @Test
    void pushoverCutsLongMessagesToItsLimit() {
        String config = "{\"user_key\": \"" + USER_KEY + "\", \"app_token\": \"" + APP_TOKEN + "\"}";
        deliver(ChannelKind.PUSHOVER, Alerts.named("n".repeat(300), java.util.List.of(), "b".repeat(500)), config);
        Map<String, String> sent = form(receiver.only().body());
        assertThat(sent.get("title")).hasSize(250).endsWith("…");
        assertThat(sent.get("message").codePointCount(0, sent.get("message").length())).isEqualTo(1024);
    }

    private DeliveryResult deliver(ChannelKind kind, Alert alert, String config) {
        return notifiers.forKind(kind).deliver(alert, json(config));
    }

    static Map<String, String> form(String body) {
        var out = new LinkedHashMap<String, String>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return out;
    }
}
