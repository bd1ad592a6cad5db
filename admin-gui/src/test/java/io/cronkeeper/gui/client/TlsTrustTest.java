package io.cronkeeper.gui.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cronkeeper.config.Setting;
import io.cronkeeper.gui.testing.LiveServer;
import io.cronkeeper.http.PemTls;
import io.cronkeeper.http.SelfSignedCertificate;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's self-signed certificate: refused with its fingerprint shown, then trusted once pinned. */
class TlsTrustTest {
    @TempDir
    Path dir;

    @Test
    void selfSignedCertificateIsRefusedWithItsFingerprintThenTrustedWhenPinned() {
        try (LiveServer server = LiveServer.start(dir, Map.of(Setting.TLS_PORT, "0"))) {
            String url = "https://127.0.0.1:" + server.tlsPort();
            String expected = PemTls.fingerprint(dir.resolve(SelfSignedCertificate.CERT_FILE));

            var unpinned = new HttpAdminClient(new Endpoint(url, server.token(), Optional.empty()));
            assertThatThrownBy(unpinned::projects)
                .isInstanceOfSatisfying(ClientException.UntrustedCertificate.class,
                    e -> assertThat(e.fingerprint()).isEqualTo(expected))
                .hasMessageContaining(expected);

            var pinned = new HttpAdminClient(new Endpoint(url, server.token(), Optional.of(expected.toLowerCase())));
            assertThat(pinned.projects()).isNotEmpty();

            var otherPin = new HttpAdminClient(new Endpoint(url, server.token(), Optional.of("AB".repeat(32))));
            assertThatThrownBy(otherPin::projects).isInstanceOf(ClientException.UntrustedCertificate.class);
        }
    }
}
