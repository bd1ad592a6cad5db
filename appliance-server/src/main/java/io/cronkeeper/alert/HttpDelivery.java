package io.cronkeeper.alert;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one {@link Outgoing} request and says what happened: 2xx delivered; 429, 5xx, timeouts
 * and I/O errors worth retrying; anything else (4xx, redirects, a request that cannot be built) not.
 */
final class HttpDelivery {
    private static final int BODY_KEPT = 4096;
    private static final int BODY_SHOWN = 200;

    private final HttpClient client;
    private final TargetPolicy policy;
    private final Duration timeout;

    HttpDelivery(HttpClient client, TargetPolicy policy, Duration timeout) {
        this.client = client;
        this.policy = policy;
        this.timeout = timeout;
    }

    DeliveryResult send(Outgoing out) {
        var refused = policy.refusal(out.uri());
        if (refused.isPresent()) {
            return masked(refused.get(), out);
        }
        HttpRequest request;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(out.uri()).timeout(timeout);
            out.headers().forEach(b::header);
            if (out.body().isPresent()) {
                b.method(out.method(), HttpRequest.BodyPublishers.ofString(out.body().get(), StandardCharsets.UTF_8));
            } else if (out.method().equals("GET")) {
                b.GET();  // without a "Content-Length: 0" that a bodiless method(...) would add
            } else {
                b.method(out.method(), HttpRequest.BodyPublishers.noBody());
            }
            request = b.build();
        } catch (IllegalArgumentException e) {
            return failed("cannot build the request: " + e.getMessage(), false, out);
        }
        // The request timeout covers the wait for the response headers only; this bounds the body too.
        CompletableFuture<HttpResponse<String>> call = client.sendAsync(request, FirstBytes.handler(BODY_KEPT));
        try {
            HttpResponse<String> response = call.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return result(response.statusCode(), response.body(), out);
        } catch (TimeoutException e) {
            call.cancel(true);
            return timedOut(out);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return failed("interrupted before " + out.uri().getHost() + " answered", true, out);
        } catch (ExecutionException e) {
            return ioFailure(e.getCause(), out);
        }
    }

    private DeliveryResult result(int status, String body, Outgoing out) {
        if (status >= 200 && status < 300) {
            return DeliveryResult.ok(status);
        }
        String shown = Secrets.excerpt(body, BODY_SHOWN);
        String error = "HTTP " + status + (status >= 300 && status < 400 ? " (redirects are not followed)" : "")
            + (shown.isEmpty() ? "" : ": " + shown);
        boolean retry = status == 429 || status >= 500;
        return DeliveryResult.failed(OptionalInt.of(status), Secrets.mask(error, out.secrets()), retry);
    }

    private DeliveryResult ioFailure(Throwable cause, Outgoing out) {
        if (cause instanceof HttpTimeoutException) {
            return timedOut(out);
        }
        String where = out.uri().getHost() + (out.uri().getPort() < 0 ? "" : ":" + out.uri().getPort());
        if (cause instanceof ConnectException) {
            return failed("cannot connect to " + where + detail(cause), true, out);
        }
        if (cause instanceof IOException) {
            return failed("I/O error talking to " + where + detail(cause), true, out);
        }
        return failed("request to " + where + " failed" + detail(cause), true, out);
    }

    private DeliveryResult timedOut(Outgoing out) {
        return failed(out.uri().getHost() + " did not answer within " + (timeout.toMillis() % 1000 == 0
            ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms"), true, out);
    }

    private static String detail(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null || m.isBlank() ? " (" + root.getClass().getSimpleName() + ")" : ": " + m;
    }

    private static DeliveryResult failed(String error, boolean retryable, Outgoing out) {
        return DeliveryResult.failed(OptionalInt.empty(), Secrets.mask(error, out.secrets()), retryable);
    }

    private static DeliveryResult masked(DeliveryResult r, Outgoing out) {
        return new DeliveryResult(r.delivered(), r.statusCode(), Secrets.mask(r.error(), out.secrets()), r.retryable());
    }
}
