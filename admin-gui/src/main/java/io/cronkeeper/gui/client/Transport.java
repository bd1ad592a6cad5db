package io.cronkeeper.gui.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * HTTP to the admin API: the bearer token on every request, JSON in and out, and every failure
 * turned into a {@link ClientException} with a message for a person, never a stack trace.
 */
final class Transport {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

    private final Endpoint endpoint;
    private final PinnedTrust trust;
    private final HttpClient http;

    Transport(Endpoint endpoint) {
        this.endpoint = endpoint;
        this.trust = new PinnedTrust(endpoint.fingerprint());
        this.http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .sslContext(trust.context())
            .build();
    }

    Endpoint endpoint() {
        return endpoint;
    }

    JsonNode json(String method, String path, Object body) {
        return json(method, path, body, CALL_TIMEOUT);
    }

    /** For the few calls that do long work on the server, such as an import. */
    JsonNode json(String method, String path, Object body, Duration timeout) {
        HttpResponse<byte[]> res = send(request(method, path, body).timeout(timeout).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        byte[] bytes = res.body();
        failUnlessOk(res.statusCode(), bytes);
        try {
            return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        } catch (IOException e) {
            throw new ClientException.Unreachable("The server at " + endpoint.url() + " did not answer with JSON; is it a Cronkeeper server?");
        }
    }

    HttpResponse<byte[]> bytes(String path) {
        HttpResponse<byte[]> res = send(request("GET", path, null).timeout(CALL_TIMEOUT).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        failUnlessOk(res.statusCode(), res.body());
        return res;
    }

    /** A long call whose answer is JSON lines, read as they come (progress first). */
    HttpResponse<java.util.stream.Stream<String>> lines(String method, String path, Object body, Duration timeout) {
        HttpResponse<java.util.stream.Stream<String>> res = send(request(method, path, body)
            .header("Accept", "application/x-ndjson").timeout(timeout).build(), HttpResponse.BodyHandlers.ofLines());
        if (res.statusCode() / 100 != 2) {
            failUnlessOk(res.statusCode(), String.join("\n", res.body().toList()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return res;
    }

    /** The event stream: no timeout, the body read as it comes. */
    HttpResponse<InputStream> stream(String path) {
        HttpResponse<InputStream> res = send(request("GET", path, null).header("Accept", "text/event-stream").build(),
            HttpResponse.BodyHandlers.ofInputStream());
        if (res.statusCode() / 100 != 2) {
            byte[] body;
            try (InputStream in = res.body()) {
                body = in.readNBytes(64 * 1024);
            } catch (IOException e) {
                body = new byte[0];
            }
            failUnlessOk(res.statusCode(), body);
        }
        return res;
    }

    private HttpRequest.Builder request(String method, String path, Object body) {
        HttpRequest.BodyPublisher publisher;
        try {
            publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        URI uri;
        try {
            uri = URI.create(endpoint.adminBase() + path);
        } catch (IllegalArgumentException e) {
            throw new ClientException.Unreachable("\"" + endpoint.url() + "\" is not a valid server address");
        }
        return HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + endpoint.token())
            .header("Content-Type", "application/json")
            .method(method, publisher);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (SSLException e) {
            throw trust.refused().<ClientException>map(ClientException.UntrustedCertificate::new)
                .orElseGet(() -> new ClientException.Unreachable("TLS with " + endpoint.url() + " failed: " + e.getMessage()));
        } catch (HttpConnectTimeoutException e) {
            throw new ClientException.Unreachable("The server at " + endpoint.url() + " does not answer (connection timed out).");
        } catch (HttpTimeoutException e) {
            throw new ClientException.Unreachable("The server at " + endpoint.url() + " took too long to answer.");
        } catch (ConnectException e) {
            if (e.getCause() instanceof UnresolvedAddressException) {
                throw new ClientException.Unreachable("Cannot find the server " + endpoint.url() + " (unknown host name).");
            }
            throw new ClientException.Unreachable("Cannot reach the server at " + endpoint.url() + " (connection refused). Is it running?");
        } catch (IOException e) {
            throw new ClientException.Unreachable("Lost the connection to " + endpoint.url() + ": " + describe(e));
        } catch (IllegalArgumentException e) {
            throw new ClientException.Unreachable("\"" + endpoint.url() + "\" is not a valid server address.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientException.Unreachable("Cancelled.");
        }
    }

    private static String describe(IOException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    private void failUnlessOk(int status, byte[] body) {
        if (status / 100 == 2) {
            return;
        }
        String message = errorMessage(body).orElse("HTTP " + status);
        switch (status) {
            case 401 -> throw new ClientException.Unauthorized(
                "The server at " + endpoint.url() + " refused the admin token (" + message + ").");
            case 404, 405 -> {
                if (message.startsWith("no admin API route") || status == 405) {
                    throw new ClientException.Unsupported(message);
                }
                throw new ClientException.Rejected(status, message);
            }
            default -> {
                if (status >= 500) {
                    throw new ClientException.Rejected(status, "The server failed (" + status + "): " + message);
                }
                throw new ClientException.Rejected(status, message);
            }
        }
    }

    private static java.util.Optional<String> errorMessage(byte[] body) {
        try {
            JsonNode j = JSON.readTree(body);
            return j != null && j.hasNonNull("error") ? java.util.Optional.of(j.get("error").asText()) : java.util.Optional.empty();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
