package io.cronkeeper.body;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * Reads request bodies within the {@link BodyBudget}: a filter opens each request's
 * {@link Reservation} and closes it when the request is answered, and {@link #read} takes room
 * for the bytes before it holds them.
 */
public final class BudgetedBodies implements Filter {
    private static final int CHUNK = 16 * 1024;
    /**
     * Heap a parsed JSON tree takes per byte of its text, at worst: 28.6 for {@code [{},{},…]}
     * with Jackson 2.21 (measured; 22 for {@code {"a":1}} items, 17 for short strings).
     */
    private static final int JSON_TREE_FACTOR = 32;

    private final BodyBudget budget;

    public BudgetedBodies(BodyBudget budget) {
        this.budget = budget;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        try (Reservation reservation = budget.open()) {
            req.context().register(reservation);
            chain.proceed();
        }
    }

    /** The request's reservation; outside the server's routing (a bare service in a test), an unlimited one. */
    public static Reservation of(ServerRequest req) {
        return req.context().get(Reservation.class)
            .orElseGet(() -> BodyBudget.unlimited().open());
    }

    /** Before a body of {@code bytes} bytes is parsed into a JSON tree: room for the tree. */
    public static void growForJsonTree(Reservation reservation, int bytes) {
        reservation.grow((long) (JSON_TREE_FACTOR - 1) * bytes);
    }

    /**
     * Reads at most {@code max} bytes of the request's body, taking room for each chunk before
     * reading it.
     *
     * @return the body, or empty when it is longer than {@code max}: then the rest is left unread
     *         (closing the entity's stream would read it all), for the connection's handling of an
     *         early answer
     */
    public static java.util.Optional<byte[]> read(ServerRequest req, long max, Reservation reservation)
        throws IOException {
        OptionalLong declared = req.headers().contentLength();
        if (declared.isPresent() && declared.getAsLong() > max) {
            return java.util.Optional.empty();
        }
        InputStream in = req.content().inputStream();
        java.util.Optional<byte[]> body = read(in, max, declared, reservation);
        if (body.isPresent()) {
            in.close();
        }
        return body;
    }

    /**
     * Reads at most {@code max} bytes, taking room for each chunk before reading it.
     *
     * @return the body, or empty when it is longer than {@code max} (the rest is left unread)
     */
    private static java.util.Optional<byte[]> read(InputStream in, long max, OptionalLong declaredLength,
                                                   Reservation reservation) throws IOException {
        if (declaredLength.isPresent()) {
            long n = declaredLength.getAsLong();
            if (n > max) {
                return java.util.Optional.empty();
            }
            reservation.grow(n);
            byte[] body = in.readNBytes((int) n);
            return java.util.Optional.of(body);
        }
        var out = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        // The growing buffer is copied when it grows: room for twice what it holds.
        reservation.grow(2L * CHUNK);
        int n;
        while ((n = in.read(chunk)) != -1) {
            if (out.size() + (long) n > max) {
                return java.util.Optional.empty();
            }
            if (2L * (out.size() + n) > reservation.held()) {
                reservation.grow(2L * (out.size() + n) - reservation.held());
            }
            out.write(chunk, 0, n);
        }
        return java.util.Optional.of(out.toByteArray());
    }
}
