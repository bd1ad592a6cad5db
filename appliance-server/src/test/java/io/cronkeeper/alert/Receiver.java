package io.cronkeeper.alert;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on a loopback port that records every request and answers as told: what a
 * notifier's far side sees, byte for byte.
 */
final class Receiver implements AutoCloseable {
    /** One received request; header names lower-cased. */
    record Request(String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(",", values);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String responseBody = "";
    private volatile Map<String, String> responseHeaders = Map.of();
    private volatile boolean stall;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    Receiver answer(int status, String body) {
        this.status = status;
        this.responseBody = body;
        return this;
    }

    Receiver withHeader(String name, String value) {
        this.responseHeaders = Map.of(name, value);
        return this;
    }

    /** Holds every answer back until {@link #close()}, to make the client time out. */
    Receiver stall() {
        this.stall = true;
        return this;
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    Request only() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + requests);
        }
        return requests.getFirst();
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var headers = new TreeMap<String, List<String>>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        requests.add(new Request(ex.getRequestMethod(), ex.getRequestURI().getRawPath(),
            ex.getRequestURI().getRawQuery(), headers, body));
        if (stall) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] out = responseBody.getBytes(StandardCharsets.UTF_8);
        responseHeaders.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
        if (out.length > 0) {
            ex.getResponseBody().write(out);
        }
        ex.close();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }

    static Duration shortTimeout() {
        return Duration.ofMillis(500);
    }
}
