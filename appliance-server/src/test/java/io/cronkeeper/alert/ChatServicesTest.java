package io.cronkeeper.alert;

import static io.cronkeeper.alert.EmailNotifierTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.channel.ChannelKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Discord, Slack, Telegram and Matrix, each checked against the request its real server expects. */
class ChatServicesTest {
    private static final String BOT_TOKEN = "123456789:AAE-secret_token";

    private Receiver receiver;
    private Notifiers notifiers;

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver().answer(204, "");
        notifiers = Alerts.notifiers(Alerts.pointedAt(receiver));
    }

    @AfterEach
    void stop() {
        notifiers.close();
        receiver.close();
    }

    @Test
    void discordExecutesTheWebhookWithAnEmbed() {
        String config = "{\"webhook_url\": \"" + receiver.base() + "/api/webhooks/123/tok\"}";
        assertThat(deliver(ChannelKind.DISCORD, Alerts.down(), config)).isEqualTo(DeliveryResult.ok(204));

        Receiver.Request req = receiver.only();
        assertThat(req.method()).isEqualTo("POST");
        assertThat(req.path()).isEqualTo("/api/webhooks/123/tok");
        assertThat(req.header("Content-Type")).isEqualTo("application/json");
        assertThat(json(req.body())).isEqualTo(json("""
            {"content": "DOWN | backup-nightly",
             "embeds": [{"title": "\\"backup-nightly\\" is DOWN (sent a failure signal)",
                         "description": %s, "color": 14242639, "timestamp": "2024-05-01T03:00:00Z", "url": "%s"}],
             "allowed_mentions": {"parse": []}}"""
            .formatted(Placeholders.jsonString("""
                Check: backup-nightly
                Project: Home lab
                Status: down
                Reason: sent a failure signal
                Time: 2024-05-01T03:00:00Z
                Tags: db nightly
                Last ping: 2024-05-01T02:00:13Z (fail)
                Exit status: 3

                Last ping body:
                ```
                pg_dump: error: connection refused
                ```"""), Alerts.CHECK_URL)));
    }

    @Test
    void discordUpIsGreen() {
        deliver(ChannelKind.DISCORD, Alerts.up(), "{\"webhook_url\": \"" + receiver.base() + "/api/webhooks/1/t\"}");
        assertThat(json(receiver.only().body()).at("/embeds/0/color").asInt()).isEqualTo(0x5cb85c);
    }

    @Test
    void slackPostsAnAttachmentLikeHealthchecks() {
        String config = "{\"webhook_url\": \"" + receiver.base() + "/services/T0/B0/xyz\"}";
        Alert alert = Alerts.named("db <prod> & co", java.util.List.of("a"), "");
        assertThat(deliver(ChannelKind.SLACK, alert, config).delivered()).isTrue();

        Receiver.Request req = receiver.only();
        assertThat(req.method()).isEqualTo("POST");
        assertThat(req.path()).isEqualTo("/services/T0/B0/xyz");
        assertThat(req.header("Content-Type")).isEqualTo("application/json");
        assertThat(json(req.body())).isEqualTo(json("""
            {"text": "DOWN | db &lt;prod&gt; &amp; co",
             "attachments": [{"color": "danger",
               "fallback": "\\"db &lt;prod&gt; &amp; co\\" is DOWN (sent a failure signal)",
               "title": "\\"db &lt;prod&gt; &amp; co\\" is DOWN (sent a failure signal)",
               "title_link": "%s",
               "mrkdwn_in": ["fields"],
               "fields": [
                 {"title": "Check", "value": "db &lt;prod&gt; &amp; co", "short": true},
                 {"title": "Project", "value": "Home lab", "short": true},
                 {"title": "Status", "value": "down", "short": true},
                 {"title": "Reason", "value": "sent a failure signal", "short": true},
                 {"title": "Time", "value": "2024-05-01T03:00:00Z", "short": true},
                 {"title": "Tags", "value": "a", "short": true},
                 {"title": "Last ping", "value": "2024-05-01T02:00:13Z (fail)", "short": true}]}]}"""
            .formatted(Alerts.CHECK_URL)));
    }

    @Test
    void slackShowsThePingBodyInACodeBlock() {
        deliver(ChannelKind.SLACK, Alerts.down(), "{\"webhook_url\": \"" + receiver.base() + "/s\"}");
        assertThat(json(receiver.only().body()).at("/attachments/0/fields/8")).isEqualTo(json(
            "{\"title\": \"Last Ping Body\", \"value\": \"```\\npg_dump: error: connection refused\\n```\", \"short\": false}"));
        assertThat(json(receiver.only().body()).at("/attachments/0/color").asText()).isEqualTo("danger");
    }

    @Test
    void telegramSendsHtmlToTheBotApi() {
        String config = "{\"bot_token\": \"" + BOT_TOKEN + "\", \"chat_id\": \"-1001234\"}";
        Alert alert = Alerts.named("a<b>", java.util.List.of(), "x & y");
        assertThat(deliver(ChannelKind.TELEGRAM, alert, config).delivered()).isTrue();

        Receiver.Request req = receiver.only();
        assertThat(req.method()).isEqualTo("POST");
        assertThat(req.path()).isEqualTo("/bot" + BOT_TOKEN + "/sendMessage");
        assertThat(req.header("Content-Type")).isEqualTo("application/json");
        assertThat(json(req.body())).isEqualTo(json("""
            {"chat_id": -1001234, "parse_mode": "HTML", "text": %s}""".formatted(Placeholders.jsonString("""
            <b>DOWN | a&lt;b&gt;</b>

            <b>Check:</b> a&lt;b&gt;
            <b>Project:</b> Home lab
            <b>Status:</b> down
            <b>Reason:</b> sent a failure signal
            <b>Time:</b> 2024-05-01T03:00:00Z
            <b>Last ping:</b> 2024-05-01T02:00:13Z (fail)

            Last ping body:
            <pre>x &amp; y</pre>

            """ + Alerts.CHECK_URL))));
    }

    @Test
    void telegramChannelNamesStayStrings() {
        deliver(ChannelKind.TELEGRAM, Alerts.down(), "{\"bot_token\": \"" + BOT_TOKEN + "\", \"chat_id\": \"@ops_alerts\"}");
        assertThat(json(receiver.only().body()).get("chat_id").isTextual()).isTrue();
        assertThat(json(receiver.only().body()).get("chat_id").asText()).isEqualTo("@ops_alerts");
    }

    @Test
    void matrixPutsAnEventWithPlainAndHtmlBodies() {
        String config = "{\"homeserver\": \"" + receiver.base() + "\", \"room_id\": \"!AbC:synapse.lan\","
            + " \"access_token\": \"syt_secret_token\"}";
        assertThat(deliver(ChannelKind.MATRIX, Alerts.down(), config).delivered()).isTrue();

        Receiver.Request req = receiver.only();
        assertThat(req.method()).isEqualTo("PUT");
        assertThat(req.path()).matches("/_matrix/client/v3/rooms/%21AbC%3Asynapse\\.lan/send/m\\.room\\.message/ck[0-9a-f]{32}");
        assertThat(req.rawQuery()).as("token not in the URL").isNull();
        assertThat(req.header("Authorization")).isEqualTo("Bearer syt_secret_token");
        assertThat(req.header("Content-Type")).isEqualTo("application/json");
        AlertText text = AlertText.of(Alerts.down());
        assertThat(json(req.body())).isEqualTo(json("""
            {"msgtype": "m.text", "body": %s, "format": "org.matrix.custom.html", "formatted_body": %s}"""
            .formatted(Placeholders.jsonString(text.plain()), Placeholders.jsonString(text.html()))));
    }

    @Test
    void matrixRetriesReuseTheTransactionIdAndNewAlertsDoNot() {
        String config = "{\"homeserver\": \"" + receiver.base() + "\", \"room_id\": \"!r:h\", \"access_token\": \"tok1\"}";
        deliver(ChannelKind.MATRIX, Alerts.down(), config);
        deliver(ChannelKind.MATRIX, Alerts.down(), config);
        deliver(ChannelKind.MATRIX, Alerts.up(), config);
        var paths = receiver.requests().stream().map(Receiver.Request::path).toList();
        assertThat(paths.get(0)).isEqualTo(paths.get(1));
        assertThat(paths.get(2)).isNotEqualTo(paths.get(0));
    }

    private DeliveryResult deliver(ChannelKind kind, Alert alert, String config) {
        return notifiers.forKind(kind).deliver(alert, json(config));
    }
}
