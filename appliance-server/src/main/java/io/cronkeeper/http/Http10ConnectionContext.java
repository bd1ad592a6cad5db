package io.cronkeeper.http;

import io.helidon.common.buffers.DataReader;
import io.helidon.common.buffers.DataWriter;
import io.helidon.common.socket.HelidonSocket;
import io.helidon.common.socket.PeerInfo;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.ListenerContext;
import io.helidon.webserver.ProxyProtocolData;
import io.helidon.webserver.Router;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/** A connection whose first request line is rewritten from HTTP/1.0 to HTTP/1.1 with {@code Connection: close}. */
final class Http10ConnectionContext implements ConnectionContext {
    private final ConnectionContext delegate;
    private final DataReader reader;

    Http10ConnectionContext(ConnectionContext delegate) {
        this.delegate = delegate;
        DataReader original = delegate.dataReader();
        boolean[] first = {true};
        this.reader = DataReader.create(() -> {
            if (first[0]) {
                first[0] = false;
                String line = original.readLine();
                String rewritten = line.substring(0, line.length() - "HTTP/1.0".length())
                    + "HTTP/1.1\r\nConnection: close\r\n";
                return rewritten.getBytes(StandardCharsets.ISO_8859_1);
            }
            if (original.available() == 0) {
                original.pullData();
            }
            return original.readBytes(original.available());
        });
    }

    @Override
    public DataReader dataReader() {
        return reader;
    }

    @Override
    public ListenerContext listenerContext() {
        return delegate.listenerContext();
    }

    @Override
    public ExecutorService executor() {
        return delegate.executor();
    }

    @Override
    public DataWriter dataWriter() {
        return delegate.dataWriter();
    }

    @Override
    public Router router() {
        return delegate.router();
    }

    @Override
    public Optional<ProxyProtocolData> proxyProtocolData() {
        return delegate.proxyProtocolData();
    }

    @Override
    public HelidonSocket serverSocket() {
        return delegate.serverSocket();
    }

    @Override
    public PeerInfo remotePeer() {
        return delegate.remotePeer();
    }

    @Override
    public PeerInfo localPeer() {
        return delegate.localPeer();
    }

    @Override
    public boolean isSecure() {
        return delegate.isSecure();
    }

    @Override
    public String socketId() {
        return delegate.socketId();
    }

    @Override
    public String childSocketId() {
        return delegate.childSocketId();
    }
}
