package io.cronkeeper.http;

import io.cronkeeper.config.HttpLimits;
import io.helidon.common.buffers.BufferData;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.ProtocolConfigs;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.http1.Http1ConnectionListener;
import io.helidon.webserver.http1.Http1ConnectionProvider;
import io.helidon.webserver.http2.Http2Config;
import io.helidon.webserver.http2.Http2ConnectionProvider;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.webserver.spi.ServerConnectionSelector;
import java.util.List;
import java.util.Set;

/**
 * The listener's only connection selector. Being the only one matters: Helidon then hands it each
 * connection as soon as it is accepted instead of first waiting (without a timeout) for bytes to
 * tell protocols apart, so {@link EdgeConnection} watches a connection from its first moment.
 * It serves HTTP/1.0 (rewritten, see {@link RequestHead}), HTTP/1.1 with the h2c upgrade, and
 * HTTP/2 by prior knowledge or ALPN, through Helidon's own connection code.
 */
public final class EdgeSelector implements ServerConnectionSelector {
    private final Protocols protocols;

    record Protocols(ServerConnectionSelector http1, ServerConnectionSelector http2, ConnectionWatch watch,
                     RequestLog log) {
    }

    public EdgeSelector(String socketName, HttpLimits limits, RequestLog log) {
        Http2Config h2 = Http2Config.create();
        ProtocolConfigs configs = ProtocolConfigs.create(List.of(h2));
        Http1Config h1 = Http1Config.builder()
            // the framer enforces tighter limits first and answers them; these only must not trip before it
            .maxPrologueLength(RequestFramer.MAX_REQUEST_LINE + 64)
            .maxHeadersSize(RequestFramer.MAX_HEAD + 64)
            // no "Connection: keep-alive" added, so a "Connection: close" set by ResponseStart stays alone
            .sendKeepAliveHeader(false)
            .addSendListener(new ResponseStart())
            .build();
        this.protocols = new Protocols(new Http1ConnectionProvider().create(socketName, h1, configs),
            new Http2ConnectionProvider().create(socketName, h2, configs), new ConnectionWatch(limits), log);
    }

    @Override
    public int bytesToIdentifyConnection() {
        return 0;
    }

    @Override
    public Support supports(BufferData data) {
        return Support.SUPPORTED;
    }

    @Override
    public Set<String> supportedApplicationProtocols() {
        return Set.of("h2", "http/1.1");
    }

    @Override
    public ServerConnection connection(ConnectionContext ctx) {
        return new EdgeConnection(ctx, protocols);
    }

    /** Tells the framer a response is starting, and makes it say {@code Connection: close} when the connection will close. */
    private static final class ResponseStart implements Http1ConnectionListener {
        @Override
        public void headers(io.helidon.webserver.ConnectionContext ctx, io.helidon.http.Headers headers) {
            if (ctx instanceof FramedContext framed && headers instanceof io.helidon.http.WritableHeaders<?> writable) {
                boolean says = headers.containsToken(io.helidon.http.HeaderValues.CONNECTION_CLOSE);
                if (framed.framer().responseStarting(says) && !says) {
                    writable.set(io.helidon.http.HeaderValues.CONNECTION_CLOSE);
                }
            }
        }
    }
}
