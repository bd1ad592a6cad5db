package io.cronkeeper.cli;

import static io.cronkeeper.cli.ImportHealthchecksTest.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.hcimport.StubHealthchecks;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal is one line on stderr, exit 1, and nothing imported. */
class ImportHealthchecksErrorsTest {
    @TempDir
    Path tmp;
    Path data;
    StubHealthchecks hc;

    @BeforeEach
    void stub() {
        data = tmp.resolve("data");
        hc = StubHealthchecks.v1();
    }

    @AfterEach
    void stop() {
        hc.close();
    }

    /** Runs with HC_API_KEY = key (none if null); asserts exit 1, one line, nothing imported; returns it. */
    String refused(String key, String url, String... extra) {
        Cli cli = new Cli(tmp);
        if (key != null) {
            cli.env("HC_API_KEY", key);
        }
        List<String> args = new ArrayList<>(List.of("import-healthchecks", "--url", url, "--data-dir", data.toString()));
        args.addAll(List.of(extra));
        Cli.Run r = cli.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> !l.matches("(reading|writing): \\d+ of \\d+ checks"))).hasSize(1);
        assertThat(r.out()).isEmpty();
        if (Files.exists(data.resolve("cronkeeper.db"))) {
            Jdbi db = Jdbi.create("jdbc:sqlite:" + data.resolve("cronkeeper.db"));
            assertThat(count(db, "SELECT count(*) FROM check_", null)).isZero();
            assertThat(count(db, "SELECT count(*) FROM channel", null)).isZero();
            assertThat(count(db, "SELECT count(*) FROM project WHERE name LIKE 'Healthchecks%'", null)).isZero();
        }
        return r.err();
    }

    @Test
    void aReadOnlyKeyIsRefusedWithTheReason() {
        assertThat(refused(StubHealthchecks.RO_KEY, hc.url())).contains("read-only API key",
            "hides the checks' UUIDs", "read-write key");
    }

    @Test
    void aReadOnlyKeyOfAnEmptyProjectIsRefusedAtTheIntegrations() {
        hc.answer("/api/v1/checks/", 200, "application/json", "{\"checks\": []}");
        assertThat(refused(StubHealthchecks.RO_KEY, hc.url())).contains("refused the integrations list", "read-write key");
    }

    @Test
    void aWrongKeyIsRefused() {
        assertThat(refused("hcw_not_the_key_of_this_project_", hc.url()))
            .contains("Healthchecks refused the API key (wrong api key)");
    }

    @Test
    void aKeyOfTheWrongLengthIsNamedMissing() {
        assertThat(refused("short", hc.url())).contains("(missing api key)", "32 characters");
    }

    @Test
    void noKeyAtAllSaysWhereToPutIt() {
        assertThat(refused(null, hc.url())).contains("no API key", "--api-key-file", "HC_API_KEY");
    }

    @Test
    void theKeyIsReadFromAFile() throws IOException {
        Path keyFile = tmp.resolve("hc.key");
        Files.writeString(keyFile, "hcw_not_the_key_of_this_project_\n");
        assertThat(refused(null, hc.url(), "--api-key-file", keyFile.toString())).contains("wrong api key");
        assertThat(refused(null, hc.url(), "--api-key-file", tmp.resolve("missing.key").toString()))
            .contains("cannot read the API key file");
    }

    @Test
    void noManagementApiAtTheAddress() {
        assertThat(refused(StubHealthchecks.RW_KEY, hc.url() + "/not-here"))
            .contains("no Healthchecks Management API at", "answer 404");
    }

    @Test
    void aMalformedAnswerIsNamed() {
        hc.answer("/api/v1/checks/", 200, "application/json", "{\"checks\": [{\"name\": 5}]}");
        assertThat(refused(StubHealthchecks.RW_KEY, hc.url()))
            .contains("malformed answer to GET " + hc.url() + "/api/v1/checks/", "\"name\" is not a string");
        hc.answer("/api/v1/checks/", 200, "application/json", "{\"checks\": [");
        assertThat(refused(StubHealthchecks.RW_KEY, hc.url())).contains("not valid JSON");
        hc.answer("/api/v3/checks/", 200, "text/html", "<html>Sign in</html>");
        assertThat(refused(StubHealthchecks.RW_KEY, hc.url())).contains("text/html, not JSON");
    }

    @Test
    void aRedirectIsNotFollowedWithTheKey() {
        hc.answer("/api/v3/checks/", 301, "text/html", "<a href=\"https://elsewhere.example/\">moved</a>");
        assertThat(refused(StubHealthchecks.RW_KEY, hc.url()))
            .contains("/api/v3/checks/ answered a redirect (HTTP 301)", "run again with --url");
    }

    @Test
    void aServerErrorIsNamed() {
        hc.answer("/api/v1/channels/", 500, "text/html", "<h1>Server Error</h1>");
        assertThat(refused(StubHealthchecks.RW_KEY, hc.url())).contains("/api/v1/channels/ answered HTTP 500");
    }

    @Test
    void aFailureWhileReadingHistoryLeavesNothingHalfImported() {
        hc.answer("/api/v1/checks/" + ImportHealthchecksTest.NIGHTLY + "/flips/", 502, "text/html", "bad gateway");
        assertThat(refused(StubHealthchecks.RW_KEY, hc.url(), "--history")).contains("answered HTTP 502");
    }

    @Test
    void connectionRefused() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThat(refused(StubHealthchecks.RW_KEY, "http://127.0.0.1:" + port)).contains("cannot connect to 127.0.0.1:" + port);
    }

    @Test
    void unknownHost() {
        assertThat(refused(StubHealthchecks.RW_KEY, "http://no-such-host.invalid")).contains("cannot resolve host name");
    }

    /** A plain HTTP server reads the TLS hello and answers it with a 400 in clear text. */
    @Test
    void aTlsFailureIsNamed() throws Exception {
        // Set up TLS (key stores, random seed) before the clock of the 15 s connect timeout runs: on a
        // loaded machine the first handshake of a JVM can take most of that.
        var engine = javax.net.ssl.SSLContext.getDefault().createSSLEngine();
        engine.setUseClientMode(true);
        engine.beginHandshake();
        try (ServerSocket plain = new ServerSocket(0)) {
            // A platform thread: a virtual one waits for a carrier, and the JVM's few carriers may be
            // held by other tests' pinned threads on a busy machine (seen once: "no answer within 15 s").
            Thread.ofPlatform().daemon().start(() -> {
                try (var s = plain.accept()) {
                    s.getInputStream().read(new byte[4096]);
                    s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes());
                    s.getOutputStream().flush();
                    // Half-close and wait for the client to hang up: closing with its bytes unread
                    // resets the connection, and a reset mid-handshake can leave the JDK's client
                    // waiting out its 15 s instead of failing the handshake (seen under load).
                    s.shutdownOutput();
                    s.setSoTimeout(30_000);
                    s.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                } catch (IOException e) {
                    // The test's assertion tells.
                }
            });
            assertThat(refused(StubHealthchecks.RW_KEY, "https://127.0.0.1:" + plain.getLocalPort()))
                .contains("TLS with 127.0.0.1:" + plain.getLocalPort() + " failed");
        }
    }

    @Test
    void aUrlThatIsNotHttpIsRefused() {
        assertThat(refused(StubHealthchecks.RW_KEY, "ftp://example.org")).contains("the URL must be the http or https address");
    }
}
