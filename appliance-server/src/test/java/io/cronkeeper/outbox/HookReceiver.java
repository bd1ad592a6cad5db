package io.cronkeeper.outbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP endpoint standing in for a webhook target: records requests, answers scripted statuses. */
final class HookReceiver implements AutoCloseable {
    record Request(String method, String path, String contentType, String body) {
    }

    private record Answer(int status, byte[] body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Answer> answers = new ArrayDeque<>();

    HookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
            Answer answer;
            synchronized (answers) {
                answer = answers.isEmpty() ? new Answer(200, new byte[0]) : answers.poll();
            }
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            exchange.getResponseBody().write(answer.body());
            exchange.close();
        });
        server.start();
    }

    /** The next requests get these statuses, in order; after them, 200. */
    HookReceiver answer(Integer... next) {
        synchronized (answers) {
            for (int status : next) {
                answers.add(new Answer(status, new byte[0]));
            }
        }
        return this;
    }

    /** The next request gets this status and body. */
    HookReceiver answer(int status, String body) {
        synchronized (answers) {
            answers.add(new Answer(status, body.getBytes(StandardCharsets.UTF_8)));
        }
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Waits for delivery, which happens on the dispatcher's threads. */
    List<Request> await(int count) {
        return await(count, Duration.ofSeconds(10));
    }

    List<Request> await(int count, Duration patience) {
        long end = System.nanoTime() + patience.toNanos();
        while (requests.size() < count && System.nanoTime() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return requests();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
