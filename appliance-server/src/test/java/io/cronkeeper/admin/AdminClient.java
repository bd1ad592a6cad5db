package io.cronkeeper.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

/** Admin API calls with the server's admin token; paths are relative to {@code /api/admin/v1}. */
final class AdminClient {
    static final String BASE = "/api/admin/v1";

    final TestServer server;
    final String token;

    AdminClient(TestServer server) {
        this.server = server;
        try {
            this.token = Files.readString(server.dataDir.resolve("admin-token")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    HttpResponse<String> post(String path, String json) {
        return send("POST", path, json);
    }

    HttpResponse<String> patch(String path, String json) {
        return send("PATCH", path, json);
    }

    HttpResponse<String> put(String path, String json) {
        return send("PUT", path, json);
    }

    HttpResponse<String> delete(String path) {
        return send("DELETE", path, null);
    }

    HttpResponse<String> send(String method, String path, String json) {
        return server.send(request(path).method(method, json == null
            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A request to an admin path carrying the token. */
    HttpRequest.Builder request(String path) {
        return server.request(BASE + path).header("Authorization", "Bearer " + token);
    }

    /** The JSON body of a response that must have the given status. */
    static JsonNode ok(HttpResponse<String> res, int status) {
        if (res.statusCode() != status) {
            throw new AssertionError("expected " + status + " but got " + res.statusCode() + ": " + res.body());
        }
        return TestServer.json(res.body());
    }

    /** Creates a project through the admin API and returns its JSON. */
    JsonNode createProject(String name) {
        return ok(post("/projects", "{\"name\":\"" + name + "\"}"), 201);
    }

    JsonNode createCheck(String projectUuid, String json) {
        return ok(post("/projects/" + projectUuid + "/checks", json), 201);
    }
}
