package io.cronkeeper.body;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A raw HTTP/1.1 request whose body is sent only in part and then held, as a slow or hostile
 * client does; the answer (if any comes before the body is complete) can be read.
 */
final class HeldRequest implements AutoCloseable {
    private final Socket socket;

    /** Sends the request line and headers, then {@code sent} bytes of a body of {@code declared} bytes. */
    HeldRequest(int port, String method, String path, String headers, long declared, int sent) throws IOException {
        socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers
            + "Content-Length: " + declared + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[sent]);
        out.flush();
    }

    /** The status code of an answer that came within {@code millis}, or -1 when none came. */
    int status(int millis) throws IOException {
        socket.setSoTimeout(millis);
        InputStream in = socket.getInputStream();
        var line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
        } catch (SocketTimeoutException e) {
            return -1;
        }
        String status = line.toString(StandardCharsets.US_ASCII);
        return status.startsWith("HTTP/1.1 ") ? Integer.parseInt(status.substring(9, 12)) : -1;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
