package io.cronkeeper.http;

import io.helidon.http.DirectHandler;
import io.helidon.http.DirectHandler.EventType;
import io.helidon.http.HeaderNames;
import io.helidon.http.RequestException;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.DirectTransportRequest;

/**
 * Answers to requests that never reach a route (bad framing, limits, bad heads): a short plain-text
 * reason, the connection closed, and one WARN line in the log without a stack trace. Helidon's
 * default answers with an empty body and logs nothing, or for a 500 a full trace.
 */
final class EdgeErrors implements DirectHandler {
    static final Status HEADERS_TOO_LARGE = Status.create(431, "Request Header Fields Too Large");

    private final RequestLog log;

    private EdgeErrors(RequestLog log) {
        this.log = log;
    }

    static DirectHandlers handlers(RequestLog log) {
        var builder = DirectHandlers.builder();
        EdgeErrors handler = new EdgeErrors(log);
        for (EventType type : EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    static RequestException badRequest(String message) {
        return fault(Status.BAD_REQUEST_400, message);
    }

    static RequestException truncated() {
        return badRequest("the request body ended early");
    }

    static RequestException fault(Status status, String message) {
        return RequestException.builder()
            .type(EventType.BAD_REQUEST)
            .status(status)
            .message(message)
            .setKeepAlive(false)
            .build();
    }

    /** The same fault, naming the request it is about (for the log line) when its request line is known. */
    static RequestException about(RequestException e, String requestLine) {
        String[] parts = requestLine.split(" ", 3);
        if (parts.length < 2) {
            return e;
        }
        return RequestException.builder()
            .type(e.eventType())
            .status(e.status())
            .message(e.getMessage())
            .setKeepAlive(false)
            .request(DirectTransportRequest.create("HTTP/1.1", parts[0], parts[1]))
            .build();
    }

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders headers, String message) {
        // Helidon's stand-in for a message it deems unsafe to echo; it logs nothing more itself
        String reason = message == null || message.isBlank() || message.startsWith("Bad request, see server log")
            ? status.reasonPhrase() : message;
        // Helidon's own header parser says this for a head over maxHeadersSize; RFC 6585 has a status for it.
        if (status.code() == 400 && reason.startsWith("Header size exceeded")) {
            status = HEADERS_TOO_LARGE;
        }
        if (status.code() >= 500) {
            log.serverFault(status.code(), request.method(), request.path(), reason);
        } else {
            log.clientFault(status.code(), request.method(), request.path(), reason);
        }
        return TransportResponse.builder()
            .status(status)
            .headers(headers)
            .header(HeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
            .entity(oneLine(reason) + "\n")
            .keepAlive(false)
            .build();
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("[\\x00-\\x1f\\x7f]", " ");
        return flat.length() > 200 ? flat.substring(0, 200) : flat;
    }
}
