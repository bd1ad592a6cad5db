package io.cronkeeper.cluster;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A webhook target on a loopback port that records every request and answers 200; told to, it
 * holds the first request unanswered until {@link #releaseStalled()}, as a receiver would that a
 * node is still talking to when it dies. Helidon, as each request has its own thread there: the
 * JDK's little HTTP server held a second connection's answer back while the first one stalled.
 */
final class Hook implements AutoCloseable {
    record Request(String path, String body) {
    }

    private final WebServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean stallFirst;
    private volatile int stalledStatus = 200;

    Hook() {
        server = WebServer.builder().host("127.0.0.1").port(0)
            .routing(r -> r.any(this::handle))
            .build().start();
    }

    private void handle(ServerRequest req, ServerResponse res) throws InterruptedException {
        String body = req.content().hasEntity() ? req.content().as(String.class) : "";
        boolean first;
        synchronized (requests) {
            requests.add(new Request(req.path().path(), body));
            first = requests.size() == 1;
        }
        if (first && stallFirst) {
            release.await(60, TimeUnit.SECONDS);
            res.status(stalledStatus).send();
            return;
        }
        res.status(200).send();
    }

    /** @param status the held request's answer once released */
    Hook stallFirst(int status) {
        stallFirst = true;
        stalledStatus = status;
        return this;
    }

    void releaseStalled() {
        release.countDown();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Waits until at least {@code count} requests arrived (deliveries run on the dispatchers' threads). */
    List<Request> await(int count, Duration patience) throws InterruptedException {
        long end = System.nanoTime() + patience.toNanos();
        while (requests.size() < count && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return requests();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop();
    }
}
