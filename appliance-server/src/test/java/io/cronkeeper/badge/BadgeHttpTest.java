package io.cronkeeper.badge;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every badge response carries, and the URLs that are not badges: 404 without a hint why. */
@ServerTest
class BadgeHttpTest {
    static TestServer server;
    BadgeFixture f;

    @BeforeEach
    void newProject() {
        f = new BadgeFixture(server, "http");
        f.check("a", "web");
    }

    @ParameterizedTest
    @ValueSource(strings = {"svg", "json", "shields"})
    void everyFormatIsUncachedAndReadableFromAnyOrigin(String format) {
        for (String path : new String[] {f.path("web", false, format), f.path("*", true, format),
            BadgeFixture.checkBadgePath(f.check("b", ""), 3, format)}) {
            HttpResponse<String> res = server.get(path);
            assertThat(res.statusCode()).as(path).isEqualTo(200);
            assertThat(res.headers().firstValue("Content-Type")).as(path)
                .hasValue(format.equals("svg") ? "image/svg+xml" : "application/json");
            assertThat(res.headers().firstValue("Cache-Control")).as(path)
                .hasValue("max-age=0, no-cache, no-store, must-revalidate, private");
            assertThat(res.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
            assertThat(res.headers().firstValue("Access-Control-Allow-Methods")).as(path).hasValue("GET, OPTIONS");
        }
    }

    @Test
    void preflightIs204WithCorsHeaders() {
        HttpResponse<String> res = server.send(server.request(f.path("web", false, "svg"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(res.statusCode()).isEqualTo(204);
        assertThat(res.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(res.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, OPTIONS");
        assertThat(res.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
    }

    @Test
    void otherMethodsAre405() {
        HttpResponse<String> res = server.post(f.path("web", false, "svg"), "");
        assertThat(res.statusCode()).isEqualTo(405);
        assertThat(res.headers().firstValue("Allow")).hasValue("GET, OPTIONS");
        HttpResponse<String> delete = server.send(server.request(BadgeFixture.checkBadgePath(f.check("b", ""), 2, "svg"))
            .DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(405);
        HttpResponse<String> head = server.send(server.request(f.path("*", false, "json"))
            .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(405);
    }

    @Test
    void unknownFormatIs404() {
        assertNotFound(f.path("web", false, "png"));
        assertNotFound(f.path("web", false, "SVG"));
        assertNotFound(f.path("*", false, "xml"));
        assertNotFound(f.path("web", false, "svg").replace(".svg", ""));
        assertNotFound(BadgeFixture.checkBadgePath(f.check("b", ""), 3, "html"));
    }

    @Test
    void badSignatureIs404() {
        String good = BadgeSigner.sig8(f.secret, f.badgeKey, "web");
        String bad = (good.charAt(0) == 'A' ? 'B' : 'A') + good.substring(1);
        assertNotFound(f.path("web", false, "svg").replace(good, bad));
        assertNotFound(f.path("web", false, "svg").replace(good, good.substring(0, 7)));
        assertNotFound(f.path("web", false, "svg").replace(good, good + "x"));
        assertNotFound(f.path("web", true, "svg").replace(good + "-2", good + "-3"));
        assertNotFound(f.path("web", false, "svg").replace(good, good.toLowerCase().equals(good) ? good.toUpperCase()
            : good.toLowerCase()));
    }

    @Test
    void signatureOfAnotherTagIs404() {
        f.check("b", "db");
        String db = BadgeSigner.sig8(f.secret, f.badgeKey, "db");
        String web = BadgeSigner.sig8(f.secret, f.badgeKey, "web");
        assertNotFound(f.path("web", false, "json").replace(web, db));
        assertNotFound(f.path("*", false, "json").replace(BadgeSigner.sig8(f.secret, f.badgeKey, "*"), web));
    }

    @Test
    void unknownBadgeKeyIs404EvenWhenSignedWithTheSecret() {
        String key = "00000000-0000-4000-8000-000000000000";
        assertNotFound(BadgeSigner.url(f.secret, "", key, "web", false, "svg"));
        assertNotFound(BadgeSigner.url(f.secret, "", key, "*", false, "json"));
    }

    @Test
    void signatureMadeWithAnotherSecretIs404() {
        assertNotFound(BadgeSigner.url("other".getBytes(), "", f.badgeKey, "web", false, "svg"));
    }

    @Test
    void tagThatNoCheckCarriesIs404() {
        assertNotFound(f.path("nosuchtag", false, "json"));
        assertNotFound(f.path("we", false, "json"));
    }

    @Test
    void malformedPathsAre404() {
        String path = f.path("web", false, "json");
        assertNotFound(path.replace("/web.json", "/%C3.json"));
        assertNotFound(path + "/x.json");
        assertNotFound("/badge/" + f.badgeKey + ".json");
        assertNotFound("/badge/");
        assertNotFound("/b/3/");
        assertNotFound("/b/1/" + f.badgeKey + ".svg");
    }

    @Test
    void brokenPercentEscapeIsAClientErrorNeverA500() throws Exception {
        for (String raw : new String[] {"/web%zz.json", "/web%.json", "/web%4.json"}) {
            String path = f.path("web", false, "json").replace("/web.json", raw);
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                assertThat(response).as(path).startsWith("HTTP/1.1 4");
            }
        }
    }

    @Test
    void notFoundSaysSoInPlainText() {
        HttpResponse<String> res = server.get(f.path("nosuchtag", false, "svg"));
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(res.body()).isEqualTo("no such badge");
    }

    @Test
    void siteRootPathPrefixesBadgeUrls(@TempDir Path other) {
        try (TestServer prefixed = TestServer.start(other, Map.of(Setting.SITE_ROOT, "http://localhost/hc"))) {
            BadgeFixture p = new BadgeFixture(prefixed, "prefixed", "/hc");
            p.check("a", "web");
            assertThat(prefixed.get("/hc" + p.path("web", false, "json")).statusCode()).isEqualTo(200);
            assertThat(prefixed.get(p.path("web", false, "json")).statusCode()).isEqualTo(404);
            String check = BadgeFixture.checkBadgePath(p.check("b", ""), 3, "json");
            assertThat(check).startsWith("/hc/b/3/");
            assertThat(prefixed.get(check).statusCode()).isEqualTo(200);
        }
    }

    private void assertNotFound(String path) {
        assertThat(server.get(path).statusCode()).as(path).isEqualTo(404);
    }
}
