package io.cronkeeper.http;

import io.cronkeeper.config.Settings;
import io.helidon.common.tls.Tls;
import io.cronkeeper.config.HttpLimits;
import io.helidon.webserver.ErrorHandling;
import io.helidon.webserver.ListenerConfig;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The listeners: plain HTTP (1.0, 1.1, h2c by prior knowledge or upgrade) on the main port and,
 * when enabled, HTTPS with HTTP/2 by ALPN on the TLS port. Both serve the same routes.
 */
public final class ServerFactory {
    public static final String TLS_SOCKET = "tls";
    private static final int REFUSING = 64;
    private static final System.Logger LOG = System.getLogger(ServerFactory.class.getName());

    private ServerFactory() {
    }

    public static WebServer build(Settings settings, Consumer<HttpRouting.Builder> routes) {
        HttpLimits limits = settings.http();
        RequestLog log = new RequestLog(System::nanoTime);
        WebServerConfig.Builder builder = WebServer.builder()
            .host(settings.host())
            .port(settings.port())
            .shutdownHook(false)
            .routing(routes);
        edge(builder, WebServer.DEFAULT_SOCKET_NAME, limits, log);
        if (settings.tlsEnabled()) {
            Tls tls = tls(settings);
            builder.putSocket(TLS_SOCKET, socket -> edge(socket, TLS_SOCKET, limits, log)
                .host(settings.host())
                .port(settings.tlsPort())
                .tls(tls));
            HttpRouting.Builder tlsRouting = HttpRouting.builder();
            routes.accept(tlsRouting);
            builder.routing(TLS_SOCKET, tlsRouting);
        }
        return builder.build();
    }

    /** What both listeners share: the connection handling of this package, limits and quiet error answers. */
    private static <B extends ListenerConfig.BuilderBase<B, ?>> B edge(B listener, String name, HttpLimits limits,
                                                                       RequestLog log) {
        return listener
            // Pings of any size are accepted: the ping handler streams and truncates the body.
            .maxPayloadSize(-1)
            // EdgeSelector must be the only selector (see there); it runs HTTP/1 and HTTP/2 itself.
            .protocolsDiscoverServices(false)
            .protocols(List.of())
            .addConnectionSelector(new EdgeSelector(name, limits, log))
            // EdgeConnection refuses beyond the cap with a 503; Helidon's own cap, a little above,
            // only bounds the sockets a flood can hold while being refused
            .maxTcpConnections(limits.maxConnections() + REFUSING)
            // HTTP/2 connections are not framed; Helidon's own idle check closes them.
            .idleConnectionTimeout(limits.idleTimeout())
            .idleConnectionPeriod(Duration.ofSeconds(Math.max(1, limits.idleTimeout().toSeconds() / 4)))
            .errorHandling(ErrorHandling.builder().includeEntity(true).build())
            .directHandlers(EdgeErrors.handlers(log));
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
