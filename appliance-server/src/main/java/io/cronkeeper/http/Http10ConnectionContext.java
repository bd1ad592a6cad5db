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

/**
 * The view Helidon's HTTP/1.1 connection gets of an HTTP/1.0 client: the request head is
 * rewritten to HTTP/1.1 with {@code Connection: close} (and a {@code Host} when the client sent
 * none, which HTTP/1.0 allows), and after the request's {@code Content-Length} bytes the stream
 * ends. Helidon then sees end of input where it would read a next request, and closes the
 * connection: an HTTP/1.0 client is answered, then disconnected.
 */
final class Http10ConnectionContext implements ConnectionContext {
    private static final int MAX_HEADERS = 200;

    private final ConnectionContext delegate;
    private final DataReader reader;

    Http10ConnectionContext(ConnectionContext delegate) {
        this.delegate = delegate;
        DataReader original = delegate.dataReader();
        long[] bodyLeft = {-1};
        this.reader = DataReader.create(() -> {
            if (bodyLeft[0] < 0) {
                RequestHead head = RequestHead.read(original);
                bodyLeft[0] = head.contentLength();
                return head.bytes();
            }
            if (bodyLeft[0] == 0) {
                return null;
            }
            if (original.available() == 0) {
                original.pullData();
            }
            int n = (int) Math.min(original.available(), bodyLeft[0]);
            bodyLeft[0] -= n;
            return original.readBytes(n);
        });
    }

    private record RequestHead(byte[] bytes, long contentLength) {
        static RequestHead read(DataReader in) {
            String requestLine = in.readLine();
            StringBuilder head = new StringBuilder(requestLine.substring(0, requestLine.length() - "HTTP/1.0".length()))
                .append("HTTP/1.1\r\n");
            long contentLength = 0;
            boolean hasHost = false;
            for (int i = 0; i < MAX_HEADERS; i++) {
                String line = in.readLine();
                if (line.isEmpty()) {
                    break;
                }
                String name = line.substring(0, Math.max(line.indexOf(':'), 0)).trim().toLowerCase(java.util.Locale.ROOT);
                if (name.equals("connection") || name.equals("keep-alive")) {
                    continue;
                }
                if (name.equals("content-length")) {
                    try {
                        contentLength = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                    } catch (NumberFormatException e) {
                        contentLength = 0;
                    }
                }
                hasHost |= name.equals("host");
                head.append(line).append("\r\n");
            }
            if (!hasHost) {
                head.append("Host: localhost\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            return new RequestHead(head.toString().getBytes(StandardCharsets.ISO_8859_1), Math.max(contentLength, 0));
        }
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
