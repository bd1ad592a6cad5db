package io.cronkeeper.http;

import io.helidon.common.buffers.BufferData;
import io.helidon.common.buffers.DataReader;
import io.helidon.common.concurrency.limits.Limit;
import io.helidon.common.task.InterruptableTask;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.webserver.spi.ServerConnectionSelector;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * One accepted connection, watched from its first moment: it waits for the client's first bytes
 * itself (so a client that connects and sends nothing is timed out too), then hands the socket to
 * Helidon's HTTP/2 connection (prior knowledge, or {@code h2} by ALPN) or to its HTTP/1.1
 * connection reading through the {@link RequestFramer}.
 */
final class EdgeConnection implements ServerConnection, InterruptableTask<Void> {
    private static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ConnectionContext ctx;
    /** Set once the watch has started its 408: a second time out only closes. */
    private final java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
    private final ServerConnectionSelector http1;
    private final ServerConnectionSelector http2;
    private final ConnectionWatch watch;
    private final RequestLog log;
    private final RequestFramer framer;
    private final long openedAt = System.nanoTime();
    private volatile ServerConnection delegate;
    private volatile boolean http2Chosen;

    EdgeConnection(ConnectionContext ctx, EdgeSelector.Protocols protocols) {
        this.ctx = ctx;
        this.http1 = protocols.http1();
        this.http2 = protocols.http2();
        this.watch = protocols.watch();
        this.log = protocols.log();
        this.framer = new RequestFramer(ctx.dataReader());
    }

    @Override
    public void handle(Limit limit) throws InterruptedException {
        if (!watch.add(this)) {
            refuse();
            return;
        }
        try {
            ServerConnection chosen = choose();
            if (chosen == null) {
                return;
            }
            delegate = chosen;
            chosen.handle(limit);
        } finally {
            watch.remove(this);
        }
    }

    @SuppressWarnings("removal")
    @Override
    public void handle(Semaphore requestSemaphore) throws InterruptedException {
        handle(io.helidon.common.concurrency.limits.FixedLimit.create(requestSemaphore));
    }

    private ServerConnection choose() {
        if (ctx.serverSocket().protocolNegotiated() && "h2".equals(ctx.serverSocket().protocol())) {
            http2Chosen = true;
            return http2.connection(ctx);
        }
        DataReader in = ctx.dataReader();
        while (true) {
            if (!framer.fill()) {
                return null; // closed without a byte
            }
            int n = Math.min(in.available(), PREFACE.length);
            BufferData start = in.getBuffer(n);
            boolean prefix = true;
            for (int i = 0; i < n && prefix; i++) {
                prefix = start.read() == PREFACE[i];
            }
            if (!prefix) {
                return http1.connection(new FramedContext(ctx, framer));
            }
            if (n == PREFACE.length) {
                http2Chosen = true;
                return http2.connection(ctx);
            }
            if (!framer.pull()) { // a partial preface: wait for more
                return null;
            }
        }
    }

    // Beyond the cap a connection is told so at once and closed, without reading from it, so a
    // flood of slow clients costs established connections nothing and a device learns it may retry.
    private void refuse() {
        log.clientFault(503, "-", "-", "too many connections open; new ones are refused");
        String body = "too many connections; try again later\n";
        write("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 10\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
        closeSocket();
    }

    private void write(String response) {
        try {
            ctx.dataWriter().writeNow(BufferData.create(response.getBytes(StandardCharsets.US_ASCII)));
        } catch (RuntimeException e) {
            // the client is gone; closing is all that is left
        }
    }

    RequestFramer framer() {
        return framer;
    }

    long openedAt() {
        return openedAt;
    }

    /** HTTP/2 connections are left to Helidon's own idle timeout. */
    boolean watched() {
        return !http2Chosen;
    }

    /**
     * Called by the watch: optionally answers {@code 408}, then closes the socket under the waiting
     * read. The answer is written on a thread of its own: a client that reads nothing could block
     * the write, and with it the one watch thread of every connection. Called again (the next tick,
     * the answer still stuck), it just closes, which ends the blocked write too.
     */
    void timeOut(boolean answer) {
        if (!answer || !timedOut.compareAndSet(false, true)) {
            closeSocket();
            return;
        }
        Thread.ofVirtual().name("cronkeeper-request-timeout").start(() -> {
            log.clientFault(408, "-", "-", "the client sent too slowly");
            String body = "request timeout: the request was not received in time\n";
            write("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
            closeSocket();
        });
    }

    private void closeSocket() {
        try {
            ctx.serverSocket().close();
        } catch (RuntimeException e) {
            // already closed, by the client or by the connection's own thread
        }
    }

    @Override
    public Duration idleTime() {
        ServerConnection d = delegate;
        return d == null ? Duration.ofNanos(System.nanoTime() - openedAt) : d.idleTime();
    }

    @Override
    public void close(boolean interrupt) {
        ServerConnection d = delegate;
        if (d != null) {
            d.close(interrupt);
        } else {
            closeSocket();
        }
    }

    @Override
    public boolean canInterrupt() {
        return !(delegate instanceof InterruptableTask<?> t) || t.canInterrupt();
    }
}
