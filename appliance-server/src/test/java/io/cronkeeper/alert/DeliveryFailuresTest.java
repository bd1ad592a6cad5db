package io.cronkeeper.alert;

import static io.cronkeeper.alert.EmailNotifierTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.channel.ChannelKind;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How answers and failures of the far side map to delivered, retryable and the error text. */
class DeliveryFailuresTest {
    private Receiver receiver;
    private Notifiers notifiers;

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
        notifiers = Alerts.notifiers(Alerts.pointedAt(receiver).withTimeouts(Duration.ofSeconds(2), Receiver.shortTimeout()));
    }

    @AfterEach
    void stop() {
        notifiers.close();
        receiver.close();
    }

    @Test
    void serverErrorIsRetryableWithTheStartOfTheBody() {
        receiver.answer(500, "boom\n  at line 3");
        assertThat(ntfy()).isEqualTo(DeliveryResult.failed(OptionalInt.of(500), "HTTP 500: boom at line 3", true));
    }

    @Test
    void tooManyRequestsIsRetryable() {
        receiver.answer(429, "slow down");
        assertThat(ntfy()).isEqualTo(DeliveryResult.failed(OptionalInt.of(429), "HTTP 429: slow down", true));
    }

    @Test
    void clientErrorIsNotRetryable() {
        receiver.answer(400, "{\"error\":\"invalid topic\"}");
        assertThat(ntfy()).isEqualTo(DeliveryResult.failed(OptionalInt.of(400), "HTTP 400: {\"error\":\"invalid topic\"}", false));
    }

    @Test
    void emptyErrorBodyLeavesJustTheStatus() {
        receiver.answer(404, "");
        assertThat(ntfy()).isEqualTo(DeliveryResult.failed(OptionalInt.of(404), "HTTP 404", false));
    }

    @Test
    void redirectsAreNotFollowed() {
        receiver.answer(301, "").withHeader("Location", receiver.base() + "/elsewhere");
        assertThat(ntfy()).isEqualTo(DeliveryResult.failed(OptionalInt.of(301), "HTTP 301 (redirects are not followed)", false));
        assertThat(receiver.requests()).hasSize(1);
    }

    @Test
    void longBodiesAreCutInTheError() {
        receiver.answer(503, "x".repeat(1_000_000));
        DeliveryResult r = ntfy();
        assertThat(r.retryable()).isTrue();
        assertThat(r.error()).isEqualTo("HTTP 503: " + "x".repeat(200) + "…");
    }

    @Test
    void anyTwoHundredIsDelivered() {
        receiver.answer(202, "queued");
        assertThat(ntfy()).isEqualTo(DeliveryResult.ok(202));
    }

    @Test
    void refusedConnectionIsRetryable() throws Exception {
        int port;
        try (var s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        DeliveryResult r = notifiers.forKind(ChannelKind.NTFY)
            .deliver(Alerts.down(), json("{\"server\": \"http://127.0.0.1:" + port + "\", \"topic\": \"t\"}"));
        assertThat(r.delivered()).isFalse();
        assertThat(r.retryable()).isTrue();
        assertThat(r.statusCode()).isEmpty();
        assertThat(r.error()).startsWith("cannot connect to 127.0.0.1:" + port);
    }

    @Test
    void silenceIsATimeoutAndRetryable() {
        receiver.stall();
        assertThat(ntfy()).isEqualTo(DeliveryResult.failed(OptionalInt.empty(), "127.0.0.1 did not answer within 500 ms", true));
    }

    @Test
    void tokensInThePathAreMaskedEvenWhenTheServerEchoesThem() {
        receiver.answer(401, "{\"ok\":false,\"description\":\"Unauthorized: /bot123456:AAE-secret_token/sendMessage\"}");
        DeliveryResult r = notifiers.forKind(ChannelKind.TELEGRAM)
            .deliver(Alerts.down(), json("{\"bot_token\": \"123456:AAE-secret_token\", \"chat_id\": 1}"));
        assertThat(r).isEqualTo(DeliveryResult.failed(OptionalInt.of(401),
            "HTTP 401: {\"ok\":false,\"description\":\"Unauthorized: /bot****/sendMessage\"}", false));
    }

    @Test
    void headerTokensAreMaskedToo() {
        receiver.answer(403, "bad key AbCdEf.123");
        DeliveryResult r = notifiers.forKind(ChannelKind.GOTIFY)
            .deliver(Alerts.down(), json("{\"server\": \"" + receiver.base() + "\", \"token\": \"AbCdEf.123\"}"));
        assertThat(r.error()).isEqualTo("HTTP 403: bad key ****");
    }

    private DeliveryResult ntfy() {
        return notifiers.forKind(ChannelKind.NTFY)
            .deliver(Alerts.down(), json("{\"server\": \"" + receiver.base() + "\", \"topic\": \"t\"}"));
    }
}
