package io.cronkeeper.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * One request head as the framer hands it to Helidon, with what the framer needs to know about
 * the body that follows. An HTTP/1.0 head is rewritten to HTTP/1.1 with {@code Connection: close}
 * (and a {@code Host} when the client sent none, which HTTP/1.0 allows): Helidon 4 only speaks 1.1.
 */
record RequestHead(String requestLine, byte[] bytes, Framing framing, long contentLength, boolean askedClose,
                   boolean expectContinue) {

    enum Framing {
        /** No body: the next bytes are the next request. */
        NONE,
        LENGTH,
        CHUNKED,
        /** {@code Upgrade: h2c}: what follows is HTTP/2, passed through untouched. */
        UPGRADE
    }

    /** Parses a complete head (request line and header lines, each ending CRLF, without the blank line). */
    static RequestHead parse(List<String> lines) {
        String requestLine = lines.getFirst();
        boolean http10 = requestLine.endsWith(" HTTP/1.0");
        List<String> contentLengths = new ArrayList<>();
        List<String> codings = new ArrayList<>();
        boolean close = http10;
        boolean hasHost = false;
        boolean expect = false;
        String upgrade = null;
        String http2Settings = null;
        StringBuilder out = new StringBuilder(256)
            .append(http10 ? requestLine.substring(0, requestLine.length() - 3) + "1.1" : requestLine).append("\r\n");
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = colon < 0 ? "" : line.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> contentLengths.add(value);
                case "transfer-encoding" -> codings.addAll(tokens(value));
                case "connection" -> close |= tokens(value).contains("close");
                case "host" -> hasHost = true;
                case "expect" -> expect = value.equalsIgnoreCase("100-continue");
                case "upgrade" -> upgrade = value;
                case "http2-settings" -> http2Settings = value;
                default -> { }
            }
            if (!(http10 && (name.equals("connection") || name.equals("keep-alive")))) {
                out.append(line).append("\r\n");
            }
        }
        if (http10) {
            if (!hasHost) {
                out.append("Host: localhost\r\n");
            }
            out.append("Connection: close\r\n");
        }
        byte[] bytes = out.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        if (!codings.isEmpty()) {
            if (!contentLengths.isEmpty()) {
                throw EdgeErrors.badRequest("a request may not have both Transfer-Encoding and Content-Length");
            }
            // RFC 9112 §6.1 suggests 501 for an unknown coding; a client's fault stays a 4xx here (issue 14)
            if (!codings.equals(List.of("chunked"))) {
                throw EdgeErrors.badRequest("only Transfer-Encoding: chunked is supported");
            }
            return new RequestHead(requestLine, bytes, Framing.CHUNKED, -1, close, expect);
        }
        long length = contentLength(contentLengths);
        if (length == 0 && "h2c".equals(upgrade) && !http10) {
            requireHttp2Settings(http2Settings);
            return new RequestHead(requestLine, bytes, Framing.UPGRADE, 0, close, expect);
        }
        return new RequestHead(requestLine, bytes, length == 0 ? Framing.NONE : Framing.LENGTH, length, close, expect);
    }

    private static long contentLength(List<String> values) {
        if (values.isEmpty()) {
            return 0;
        }
        String v = values.getFirst();
        if (values.size() > 1 || v.isEmpty() || v.length() > 18 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw EdgeErrors.badRequest("Content-Length must be one whole number of bytes");
        }
        return Long.parseLong(v);
    }

    // Helidon 4.5.0 answers an undecodable HTTP2-Settings with an empty 500; RFC 9113 §3.2.1 wants
    // base64url of whole 6-byte settings.
    private static void requireHttp2Settings(String value) {
        try {
            if (value == null || Base64.getUrlDecoder().decode(value.replace("=", "")).length % 6 != 0) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw EdgeErrors.badRequest("Upgrade: h2c needs a valid HTTP2-Settings header");
        }
    }

    private static List<String> tokens(String value) {
        List<String> out = new ArrayList<>();
        for (String t : value.split(",")) {
            String s = t.trim().toLowerCase(Locale.ROOT);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
