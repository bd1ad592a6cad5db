package io.cronkeeper.http;

import io.helidon.common.buffers.BufferData;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.ProtocolConfigs;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.http1.Http1ConnectionProvider;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.webserver.spi.ServerConnectionSelector;
import java.util.List;
import java.util.Set;

/**
 * HTTP/1.0 for old clients and {@code curl -0}. Helidon 4 only speaks HTTP/1.1, so an HTTP/1.0
 * request is handed to Helidon's HTTP/1.1 connection with its request line rewritten to 1.1 and
 * {@code Connection: close} added: the request is answered, then the connection is closed, which
 * is what an HTTP/1.0 client expects (and what the seed document's example shows).
 */
public final class Http10ConnectionSelector implements ServerConnectionSelector {
    private final ServerConnectionSelector http11;

    public Http10ConnectionSelector() {
        this.http11 = new Http1ConnectionProvider()
            .create("http10", Http1Config.create(), ProtocolConfigs.create(List.of()));
    }

    @Override
    public int bytesToIdentifyConnection() {
        return 0;
    }

    @Override
    public Support supports(BufferData data) {
        int newline = data.indexOf((byte) '\n');
        if (newline == -1) {
            return data.available() > 8192 ? Support.UNSUPPORTED : Support.UNKNOWN;
        }
        String line = data.readString(newline);
        return line.endsWith(" HTTP/1.0\r") ? Support.SUPPORTED : Support.UNSUPPORTED;
    }

    @Override
    public Set<String> supportedApplicationProtocols() {
        return Set.of();
    }

    @Override
    public ServerConnection connection(ConnectionContext ctx) {
        return http11.connection(new Http10ConnectionContext(ctx));
    }
}
