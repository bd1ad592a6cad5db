package io.cronkeeper.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS on the TLS port with the certificate generated into the data dir; HTTP/2 by ALPN. */
class TlsTest {
    @TempDir
    Path dir;

    static HttpClient trusting(Path certFile, HttpClient.Version version) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(certFile)) {
            Certificate cert = CertificateFactory.getInstance("X.509").generateCertificate(in);
            trust.setCertificateEntry("cronkeeper", cert);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).version(version).build();
    }

    @Test
    void generatedCertificateServesPingsOverHttp2WithHttpsScheme() throws Exception {
        try (TestServer server = TestServer.start(dir, Map.of(Setting.TLS_PORT, "0"))) {
            var project = server.createProject("P");
            String uuid = server.createCheck(project.apiKey(), "{\"name\":\"tls\"}").get("uuid").asText();
            Path cert = dir.resolve(SelfSignedCertificate.CERT_FILE);
            assertThat(cert).exists();
            assertThat(Files.getPosixFilePermissions(dir.resolve(SelfSignedCertificate.KEY_FILE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

            HttpResponse<String> res = trusting(cert, HttpClient.Version.HTTP_2).send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + server.tlsPort() + "/ping/" + uuid)).build(),
                HttpResponse.BodyHandlers.ofString());

            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(res.body()).isEqualTo("OK");
            assertThat(res.version()).isEqualTo(HttpClient.Version.HTTP_2);
            String scheme = server.jdbi().withHandle(h -> h.createQuery("SELECT scheme FROM ping").mapTo(String.class).one());
            assertThat(scheme).isEqualTo("https");
        }
    }

    @Test
    void httpsAlsoSpeaksHttp11AndThePlainPortStaysHttp() throws Exception {
        try (TestServer server = TestServer.start(dir, Map.of(Setting.TLS_PORT, "0"))) {
            var project = server.createProject("P");
            String uuid = server.createCheck(project.apiKey(), "{\"name\":\"tls\"}").get("uuid").asText();
            HttpResponse<String> tls = trusting(dir.resolve(SelfSignedCertificate.CERT_FILE), HttpClient.Version.HTTP_1_1)
                .send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.tlsPort() + "/ping/" + uuid)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(tls.statusCode()).isEqualTo(200);
            assertThat(tls.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(server.get("/ping/" + uuid).statusCode()).isEqualTo(200);
            var schemes = server.jdbi().withHandle(h -> h.createQuery("SELECT scheme FROM ping ORDER BY n")
                .mapTo(String.class).list());
            assertThat(schemes).containsExactly("https", "http");
        }
    }

    @Test
    void certificateIsGeneratedOnceAndReusedAfterRestart() throws Exception {
        Path cert = dir.resolve(SelfSignedCertificate.CERT_FILE);
        try (TestServer ignored = TestServer.start(dir, Map.of(Setting.TLS_PORT, "0"))) {
            assertThat(cert).exists();
        }
        String first = Files.readString(cert);
        String fingerprint = PemTls.fingerprint(cert);
        try (TestServer ignored = TestServer.start(dir, Map.of(Setting.TLS_PORT, "0"))) {
            assertThat(Files.readString(cert)).isEqualTo(first);
            assertThat(PemTls.fingerprint(cert)).isEqualTo(fingerprint).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        }
    }

    @Test
    void configuredPemFilesAreUsed() throws Exception {
        Path other = Files.createDirectories(dir.resolve("pki"));
        var files = SelfSignedCertificate.ensure(other);
        Path data = dir.resolve("data");
        try (TestServer server = TestServer.start(data, Map.of(Setting.TLS_PORT, "0",
            Setting.TLS_CERT, files.cert().toString(), Setting.TLS_KEY, files.key().toString()))) {
            assertThat(data.resolve(SelfSignedCertificate.CERT_FILE)).doesNotExist();
            HttpResponse<String> res = trusting(files.cert(), HttpClient.Version.HTTP_2).send(HttpRequest.newBuilder(
                URI.create("https://127.0.0.1:" + server.tlsPort() + "/api/v3/status/")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(res.body()).isEqualTo("OK");
        }
    }
}
