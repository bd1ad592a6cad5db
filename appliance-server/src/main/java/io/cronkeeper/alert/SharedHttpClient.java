package io.cronkeeper.alert;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The HTTP client every notifier shares, made at the first delivery: making one loads the JDK's
 * trust store and starts a selector thread, 0.1 s of a cold start (issue 16) that a server with
 * no HTTP channel never needs.
 */
final class SharedHttpClient implements AutoCloseable {
    private final Duration connectTimeout;
    private HttpClient client;
    private boolean closed;

    SharedHttpClient(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    synchronized HttpClient get() {
        if (closed) {
            throw new IllegalStateException("the server is stopping: no more deliveries");
        }
        if (client == null) {
            client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                // A redirect could lead around the private-network check, so none is followed.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        }
        return client;
    }

    /** Stops the client, if one was made, once the deliveries under way have finished. */
    @Override
    public synchronized void close() {
        closed = true;
        if (client != null) {
            client.close();
        }
    }
}
