package io.cronkeeper.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/v3/status/}: the health probe, open to any method and needing no key. */
@ServerTest
class StatusEndpointTest {
    static TestServer server;

    @Test
    void getAnswersOkWithoutKey() {
        var res = server.get("/api/v3/status/");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).isEqualTo("OK");
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/plain"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE"})
    void anyMethodAnswersOk(String method) {
        var res = server.send(server.request("/api/v3/status/").method(method, HttpRequest.BodyPublishers.noBody()).build());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).isEqualTo("OK");
    }
}
