package io.cronkeeper.gui.hcimport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A Healthchecks instance (API v3) with one check and one webhook integration, over real HTTP. */
final class TinyHealthchecks implements AutoCloseable {
    static final String KEY = "hcw_gui_test_read_write_key_0001";
    static final String CHECK = "2c4e6a8b-1d3f-4a5b-9c7d-0e1f2a3b4c5d";
    static final String CHANNEL = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    private final HttpServer server;

    TinyHealthchecks() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            int status = 200;
            String body;
            if (!KEY.equals(ex.getRequestHeaders().getFirst("X-Api-Key"))) {
                status = 401;
                body = "{\"error\": \"wrong api key\"}";
            } else if (path.equals("/api/v3/checks/")) {
                body = "{\"checks\": [{\"name\": \"Photo sync\", \"slug\": \"photo-sync\", \"tags\": \"nas\", \"desc\": \"\","
                    + " \"grace\": 600, \"n_pings\": 0, \"status\": \"new\", \"manual_resume\": false, \"methods\": \"\","
                    + " \"uuid\": \"" + CHECK + "\", \"channels\": \"" + CHANNEL + "\", \"timeout\": 3600}]}";
            } else if (path.equals("/api/v3/channels/")) {
                body = "{\"channels\": [{\"id\": \"" + CHANNEL + "\", \"name\": \"NAS hook\", \"kind\": \"webhook\"}]}";
            } else if (path.equals("/api/v3/checks/" + CHECK + "/pings/")) {
                body = "{\"pings\": []}";
            } else if (path.equals("/api/v3/checks/" + CHECK + "/flips/")) {
                body = "{\"flips\": []}";
            } else {
                status = 404;
                body = "{}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
