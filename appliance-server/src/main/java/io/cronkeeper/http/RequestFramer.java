package io.cronkeeper.http;

import io.helidon.common.buffers.DataReader;
import io.helidon.http.RequestException;
import io.helidon.http.Status;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What Helidon's HTTP/1.1 connection reads instead of the socket: each request head whole and
 * checked, then exactly its body, so the framer always knows where one request ends and the next
 * begins. That knowledge gives what Helidon 4.5.0 lacks: the connection ends after a response
 * that says {@code Connection: close} (helidon-io/helidon#12324), a body left unread by an early
 * answer is never parsed as a request, heads over the limits are answered, and the
 * {@link ConnectionWatch} can tell a slow head from a slow body from an idle connection.
 */
final class RequestFramer implements Supplier<byte[]>, ChunkedBody.Input {
    static final int MAX_REQUEST_LINE = 4096;
    static final int MAX_HEAD = 16 * 1024;
    private static final int MAX_HEADER_LINES = 100;
    private static final int PIECE = 64 * 1024;
    /** Unread body bytes discarded after an early answer before closing, so the close is not a reset. */
    private static final long DRAIN = 1024 * 1024;

    enum Phase { HEAD, BODY, PASSTHROUGH, CLOSED }

    private final DataReader socket;
    private volatile Phase phase = Phase.HEAD;
    private volatile long waitingSince;
    private volatile long headStartedAt;
    private volatile boolean closing;
    private volatile int requests;
    private RequestHead head;
    private long lengthLeft;
    private ChunkedBody chunked;
    private boolean bodyRequested;
    private boolean responded;
    private long drained;

    RequestFramer(DataReader socket) {
        this.socket = socket;
    }

    @Override
    public byte[] get() {
        if (closing && phase != Phase.PASSTHROUGH) {
            if (phase == Phase.BODY) {
                drain();
            }
            phase = Phase.CLOSED;
        }
        return switch (phase) {
            case CLOSED -> null;
            case PASSTHROUGH -> fill() ? socket.readBytes(socket.available()) : null;
            case HEAD -> nextHead();
            case BODY -> body(PIECE);
        };
    }

    /**
     * Called as a response's head is about to be written. Returns whether the connection must
     * close after it: the client asked, the response says so, or the request's body is not all
     * read (an early answer), in which case the caller adds {@code Connection: close}.
     */
    boolean responseStarting(boolean responseSaysClose) {
        if (phase == Phase.PASSTHROUGH) {
            return false;
        }
        requests++;
        responded = true;
        // BODY: the body is not all read (an early answer); CLOSED: its framing was broken
        boolean close = responseSaysClose || phase != Phase.HEAD || (head != null && head.askedClose());
        closing |= close;
        return close;
    }

    Phase phase() {
        return phase;
    }

    /** When the connection thread began waiting for the client, or 0 when it is not waiting. */
    long waitingSince() {
        return waitingSince;
    }

    /** When the first byte of the head being read arrived, or 0 before it. */
    long headStartedAt() {
        return headStartedAt;
    }

    boolean closing() {
        return closing;
    }

    int requests() {
        return requests;
    }

    @Override
    public boolean fill() {
        return socket.available() > 0 || pull();
    }

    /** Waits for more bytes from the client; false when it closed. */
    boolean pull() {
        waitingSince = System.nanoTime();
        try {
            socket.pullData();
            return true;
        } catch (DataReader.InsufficientDataAvailableException e) {
            return false;
        } finally {
            waitingSince = 0;
        }
    }

    @Override
    public DataReader reader() {
        return socket;
    }

    private byte[] nextHead() {
        List<String> lines = readHeadLines();
        if (lines == null) {
            phase = Phase.CLOSED;
            return null;
        }
        try {
            head = RequestHead.parse(lines);
        } catch (RequestException e) {
            throw EdgeErrors.about(e, lines.getFirst());
        }
        bodyRequested = false;
        responded = false;
        drained = 0;
        chunked = null;
        lengthLeft = 0;
        switch (head.framing()) {
            case NONE -> phase = Phase.HEAD;
            case LENGTH -> {
                lengthLeft = head.contentLength();
                phase = Phase.BODY;
            }
            case CHUNKED -> {
                chunked = new ChunkedBody(this);
                phase = Phase.BODY;
            }
            case UPGRADE -> phase = Phase.PASSTHROUGH;
        }
        return head.bytes();
    }

    /** The head's lines, checked; null when the client closed before sending a whole head. */
    private List<String> readHeadLines() {
        headStartedAt = 0;
        if (!fill()) {
            return null;
        }
        headStartedAt = System.nanoTime();
        // from here until the head is whole, the connection counts as waiting for the client
        waitingSince = headStartedAt;
        try {
            List<String> lines = new ArrayList<>();
            int total = 0;
            while (true) {
                int max = lines.isEmpty() ? MAX_REQUEST_LINE + 1 : MAX_HEAD - total;
                int eol = max <= 0 ? max : socket.findNewLine(max);
                if (eol >= max) {
                    throw lines.isEmpty()
                        ? EdgeErrors.fault(Status.REQUEST_URI_TOO_LONG_414, "request line longer than " + MAX_REQUEST_LINE + " bytes")
                        : EdgeErrors.fault(EdgeErrors.HEADERS_TOO_LARGE, "request head larger than " + MAX_HEAD + " bytes");
                }
                // ISO-8859-1 keeps every byte as it came, for RequestHead to pass on unchanged
                String line = new String(socket.readBytes(eol), StandardCharsets.ISO_8859_1);
                socket.skip(2);
                total += eol + 2;
                if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
                    throw EdgeErrors.badRequest("a line of the request head does not end with CRLF");
                }
                if (line.isEmpty()) {
                    if (lines.isEmpty()) {
                        continue; // RFC 9112 §2.2: ignore empty lines before the request line
                    }
                    return lines;
                }
                lines.add(line);
                if (lines.size() > MAX_HEADER_LINES) {
                    throw EdgeErrors.fault(EdgeErrors.HEADERS_TOO_LARGE, "more than " + MAX_HEADER_LINES + " header lines");
                }
            }
        } catch (DataReader.IncorrectNewLineException e) {
            throw EdgeErrors.badRequest("a line of the request head does not end with CRLF");
        } catch (DataReader.InsufficientDataAvailableException e) {
            return null;
        } finally {
            waitingSince = 0;
        }
    }

    private byte[] body(int max) {
        bodyRequested = true;
        try {
            // Helidon reads what a handler left of a body after answering (to keep the connection);
            // past the drain bound the connection is not worth keeping.
            if (responded && drained > DRAIN) {
                throw EdgeErrors.badRequest("unread request body too large to skip");
            }
            if (chunked != null) {
                byte[] piece = chunked.next(max);
                drained += responded ? piece.length : 0;
                if (chunked.done()) {
                    phase = Phase.HEAD;
                }
                return piece;
            }
            if (!fill()) {
                throw EdgeErrors.truncated();
            }
            int n = (int) Math.min(Math.min(socket.available(), lengthLeft), max);
            lengthLeft -= n;
            drained += responded ? n : 0;
            if (lengthLeft == 0) {
                phase = Phase.HEAD;
            }
            return socket.readBytes(n);
        } catch (RequestException e) {
            phase = Phase.CLOSED;
            throw EdgeErrors.about(e, head.requestLine());
        }
    }

    // A client that sent "Expect: 100-continue" and was answered before Helidon asked for the body
    // got no "100 Continue" and sends nothing more: there is nothing to drain.
    private void drain() {
        if (head != null && head.expectContinue() && !bodyRequested) {
            return;
        }
        try {
            while (phase == Phase.BODY) {
                body(PIECE);
            }
        } catch (RuntimeException e) {
            // a broken or vanished body ends the drain; the connection closes either way
        }
    }
}
