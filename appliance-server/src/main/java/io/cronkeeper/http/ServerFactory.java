package io.cronkeeper.http;

import io.cronkeeper.config.Settings;
import io.helidon.common.tls.Tls;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import java.lang.System.Logger.Level;
import java.util.function.Consumer;

/**
 * The listeners: plain HTTP (1.0, 1.1, h2c by prior knowledge or upgrade) on the main port and,
 * when enabled, HTTPS with HTTP/2 by ALPN on the TLS port. Both serve the same routes.
 */
public final class ServerFactory {
    public static final String TLS_SOCKET = "tls";
    private static final System.Logger LOG = System.getLogger(ServerFactory.class.getName());

    private ServerFactory() {
    }

    public static WebServer build(Settings settings, Consumer<HttpRouting.Builder> routes) {
        WebServerConfig.Builder builder = WebServer.builder()
            .host(settings.host())
            .port(settings.port())
            // Pings of any size are accepted: the ping handler streams and truncates the body.
            .maxPayloadSize(-1)
            .addConnectionSelector(new Http10ConnectionSelector())
            .shutdownHook(false)
            .routing(routes);
        if (settings.tlsEnabled()) {
            Tls tls = tls(settings);
            builder.putSocket(TLS_SOCKET, socket -> socket
                .host(settings.host())
                .port(settings.tlsPort())
                .maxPayloadSize(-1)
                .addConnectionSelector(new Http10ConnectionSelector())
                .tls(tls));
            HttpRouting.Builder tlsRouting = HttpRouting.builder();
            routes.accept(tlsRouting);
            builder.routing(TLS_SOCKET, tlsRouting);
        }
        return builder.build();
    }

    private static Tls tls(Settings settings) {
        if (settings.tlsCert().isPresent() && settings.tlsKey().isPresent()) {
            return PemTls.load(settings.tlsCert().get(), settings.tlsKey().get());
        }
        SelfSignedCertificate.PemFiles files = SelfSignedCertificate.ensure(settings.dataDir());
        LOG.log(Level.INFO, "TLS uses the self-signed certificate " + files.cert() + ", SHA-256 fingerprint "
            + PemTls.fingerprint(files.cert()));
        return PemTls.load(files.cert(), files.key());
    }
}
