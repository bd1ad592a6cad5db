package io.cronkeeper.hcimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * GET requests to a Healthchecks Management API with the project's key in {@code X-Api-Key}.
 * Every way a request can fail becomes one {@link HcImportException} line that says what to check.
 */
final class HcClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final String apiKey;
    private final HttpClient http;

    /** @param base the address Healthchecks is opened at, e.g. {@code https://healthchecks.io} */
    HcClient(URI base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            // Never followed: the client would send the read-write key on to wherever it points.
            .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    URI base() {
        return base;
    }

    record Answer(int status, String contentType, byte[] body, String source) {
        /** The body's {@code {"error": ...}} message, or empty. */
        String error() {
            try {
                return Optional.ofNullable(JSON.readTree(body)).map(j -> j.path("error").asText("")).orElse("");
            } catch (IOException e) {
                return "";
            }
        }
    }

    /** @param path below the base, e.g. {@code /api/v3/checks/}; or a full URL the API gave us */
    Answer get(String path) {
        URI uri = path.startsWith("http://") || path.startsWith("https://") ? URI.create(path) : URI.create(root() + path);
        String source = "GET " + uri;
        if (!hostPort(uri).equalsIgnoreCase(hostPort(base)) || !uri.getScheme().equalsIgnoreCase(base.getScheme())) {
            throw new HcImportException("the API pointed at " + uri.getScheme() + "://" + hostPort(uri) + ", not at "
                + base.getScheme() + "://" + hostPort(base) + "; the API key is not sent there (is --url the address the instance calls itself?)");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
            .header("X-Api-Key", apiKey).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<byte[]> res = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() / 100 == 3) {
                throw new HcImportException(source + " answered a redirect (HTTP " + res.statusCode() + ") to "
                    + res.headers().firstValue("Location").orElse("nowhere") + "; run again with --url set to where it points");
            }
            return new Answer(res.statusCode(), res.headers().firstValue("Content-Type").orElse(""), res.body(), source);
        } catch (HttpConnectTimeoutException e) {
            throw new HcImportException("cannot connect to " + hostPort(uri) + ": no answer within "
                + CONNECT_TIMEOUT.toSeconds() + " s (is the address right and reachable from here?)");
        } catch (HttpTimeoutException e) {
            throw new HcImportException(source + " got no answer within " + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (SSLException e) {
            throw new HcImportException("TLS with " + hostPort(uri) + " failed: " + e.getMessage()
                + " (is its certificate valid and trusted by this Java?)");
        } catch (ConnectException e) {
            if (causedBy(e, UnresolvedAddressException.class) || causedBy(e, UnknownHostException.class)) {
                throw new HcImportException("cannot resolve host name " + uri.getHost() + " (is the URL right?)");
            }
            throw new HcImportException("cannot connect to " + hostPort(uri) + ": "
                + Optional.ofNullable(e.getMessage()).filter(m -> !m.isBlank()).orElse("connection refused"));
        } catch (IOException e) {
            if (causedBy(e, SSLException.class)) {
                throw new HcImportException("TLS with " + hostPort(uri) + " failed: " + e.getMessage()
                    + " (is its certificate valid and trusted by this Java?)");
            }
            throw new HcImportException("network error on " + source + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HcImportException("interrupted while reading from " + hostPort(uri));
        }
    }

    /** A 200 answer's JSON body; anything else is an error with the request named. */
    JsonNode json(Answer a) {
        if (a.status() == 401) {
            throw refused(a);
        }
        if (a.status() != 200) {
            throw new HcImportException(a.source() + " answered HTTP " + a.status() + " (expected 200)");
        }
        if (!a.contentType().toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new HcImportException("malformed answer to " + a.source() + ": "
                + (a.contentType().isEmpty() ? "no content type" : a.contentType()) + ", not JSON (is this a Healthchecks address?)");
        }
        try {
            return JSON.readTree(a.body());
        } catch (JsonProcessingException e) {
            throw new HcImportException("malformed answer to " + a.source() + ": not valid JSON ("
                + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new HcImportException("malformed answer to " + a.source() + ": " + e.getMessage());
        }
    }

    /** Reference §4.2: a key of the wrong length is "missing", a 32-character stranger "wrong". */
    static HcImportException refused(Answer a) {
        String error = a.error();
        if (error.equals("missing api key")) {
            return new HcImportException(HcImportException.Reason.INPUT, "Healthchecks refused the API key (missing api key): a key is 32 characters "
                + "long, like hcw_…; check the key file or HC_API_KEY");
        }
        return new HcImportException(HcImportException.Reason.INPUT, "Healthchecks refused the API key (" + (error.isEmpty() ? "HTTP 401" : error)
            + "): use the project's read-write key (Healthchecks: project Settings, API Access)");
    }

    private String root() {
        return base.toString().replaceAll("/+$", "");
    }

    private static String hostPort(URI uri) {
        return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
