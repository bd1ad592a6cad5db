package io.cronkeeper.gui.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Listens to {@code GET /events} on a thread of its own and reconnects by itself: quickly at
 * first, then at the server's {@code retry:} pace. Events are not replayed after a reconnect,
 * so {@link Listener#connected()} tells the app to reload what it shows. The server sends a
 * heartbeat every 15 s; a stream silent for much longer is taken as dead and reopened.
 */
public final class EventStream implements AutoCloseable {
    public interface Listener {
        /** The stream is open (again): reload, then apply events. */
        void connected();

        /** The stream broke or could not open; it is retried until closed. */
        void disconnected(ClientException why);

        void event(ServerEvent event);
    }

    private static final long SILENCE_LIMIT_MILLIS = 45_000;
    private static final long FIRST_RETRY_MILLIS = 250;

    private final Transport transport;
    private final Listener listener;
    private final AtomicLong lastRead = new AtomicLong();
    private volatile boolean closed;
    private volatile InputStream current;
    private volatile long maxRetryMillis = 5000;
    private Thread thread;

    EventStream(Transport transport, Listener listener) {
        this.transport = transport;
        this.listener = listener;
    }

    public synchronized EventStream start() {
        thread = Thread.ofPlatform().daemon().name("cronkeeper-events").start(this::run);
        return this;
    }

    @Override
    public void close() {
        closed = true;
        closeCurrent();
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    private void run() {
        long delay = FIRST_RETRY_MILLIS;
        Thread watchdog = Thread.ofPlatform().daemon().name("cronkeeper-events-watchdog").start(this::watch);
        try {
            while (!closed) {
                ClientException why = readOnce();
                if (closed) {
                    return;
                }
                listener.disconnected(why);
                if (!sleep(delay)) {
                    return;
                }
                delay = Math.min(delay * 2, maxRetryMillis);
                if (lastRead.get() > 0 && System.currentTimeMillis() - lastRead.get() < 2 * maxRetryMillis) {
                    delay = FIRST_RETRY_MILLIS;
                }
            }
        } finally {
            watchdog.interrupt();
        }
    }

    /** One connection, until it ends; returns why it ended. */
    private ClientException readOnce() {
        HttpResponse<InputStream> res;
        try {
            res = transport.stream("/events");
        } catch (ClientException e) {
            return e;
        }
        var parser = new SseParser();
        try (InputStream in = res.body();
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            current = in;
            lastRead.set(System.currentTimeMillis());
            listener.connected();
            String line;
            while (!closed && (line = reader.readLine()) != null) {
                lastRead.set(System.currentTimeMillis());
                parser.line(line).flatMap(EventParser::parse).ifPresent(listener::event);
                parser.retry().ifPresent(r -> maxRetryMillis = Math.max(FIRST_RETRY_MILLIS, r));
            }
            return new ClientException.Unreachable("The server at " + transport.endpoint().url() + " closed the connection.");
        } catch (IOException e) {
            return new ClientException.Unreachable("Lost the connection to " + transport.endpoint().url() + ".");
        } finally {
            current = null;
        }
    }

    private void watch() {
        while (!closed && sleep(5_000)) {
            if (current != null && System.currentTimeMillis() - lastRead.get() > SILENCE_LIMIT_MILLIS) {
                closeCurrent();
            }
        }
    }

    private void closeCurrent() {
        InputStream in = current;
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // Closing is how the reader is woken; nothing else to do.
            }
        }
    }

    private boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return !closed;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
