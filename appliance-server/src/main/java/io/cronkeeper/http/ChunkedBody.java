package io.cronkeeper.http;

import io.helidon.common.buffers.DataReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads a chunked body (RFC 9112 §7.1) from the client and hands Helidon the same data in plain
 * chunks: size lines without extensions, trailers dropped. Helidon 4.5.0 cannot parse a chunk
 * extension ({@code 3;name=value}: no answer at all) and answers bad sizes with a 500; here every
 * framing fault is a 400.
 */
final class ChunkedBody {
    private static final int MAX_SIZE_LINE = 1024;
    private static final int MAX_TRAILERS = 16 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] LAST_CHUNK = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Input in;
    private long chunkLeft = -1;
    private boolean done;

    ChunkedBody(Input in) {
        this.in = in;
    }

    /** Where bytes come from: the framer's socket reader, which also tracks how long a read waits. */
    interface Input {
        /** Makes at least one byte available; false at end of input. */
        boolean fill();

        DataReader reader();
    }

    boolean done() {
        return done;
    }

    /** The next piece to give Helidon; at most {@code max} data bytes. */
    byte[] next(int max) {
        if (chunkLeft == 0) {
            expectCrlf();
            chunkLeft = -1;
            return CRLF;
        }
        if (chunkLeft < 0) {
            long size = sizeLine();
            if (size == 0) {
                skipTrailers();
                done = true;
                return LAST_CHUNK;
            }
            chunkLeft = size;
            return (Long.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        }
        if (!in.fill()) {
            throw EdgeErrors.truncated();
        }
        int n = (int) Math.min(Math.min(in.reader().available(), chunkLeft), max);
        chunkLeft -= n;
        return in.reader().readBytes(n);
    }

    private long sizeLine() {
        String line = line(MAX_SIZE_LINE);
        int end = 0;
        while (end < line.length() && Character.digit(line.charAt(end), 16) >= 0) {
            end++;
        }
        String rest = line.substring(end).stripLeading();
        // Leading zeros are allowed; more than 8 significant hex digits would not fit Helidon's int.
        String digits = line.substring(0, end).replaceFirst("^0+(?=.)", "");
        if (end == 0 || digits.length() > 8 || !(rest.isEmpty() || rest.startsWith(";"))) {
            throw EdgeErrors.badRequest("invalid chunk size line");
        }
        long size = Long.parseLong(digits, 16);
        if (size > Integer.MAX_VALUE) {
            throw EdgeErrors.badRequest("chunk too large");
        }
        return size;
    }

    private void skipTrailers() {
        int total = 0;
        while (true) {
            String line = line(MAX_TRAILERS - total);
            if (line.isEmpty()) {
                return;
            }
            total += line.length() + 2;
        }
    }

    private void expectCrlf() {
        if (readByte() != '\r' || readByte() != '\n') {
            throw EdgeErrors.badRequest("chunk data longer than its size");
        }
    }

    private String line(int max) {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int b = readByte();
            if (b == '\r') {
                if (readByte() != '\n') {
                    throw EdgeErrors.badRequest("bad line ending in chunked body");
                }
                return sb.toString();
            }
            if (b == '\n' || sb.length() >= max) {
                throw EdgeErrors.badRequest("bad line in chunked body");
            }
            sb.append((char) b);
        }
    }

    private int readByte() {
        if (!in.fill()) {
            throw EdgeErrors.truncated();
        }
        return in.reader().read() & 0xff;
    }
}
