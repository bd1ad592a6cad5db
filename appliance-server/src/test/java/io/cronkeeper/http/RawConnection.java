package io.cronkeeper.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** One raw client connection: write bytes, read whole responses, see whether the server closed. */
final class RawConnection implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;

    RawConnection(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(15_000);
        in = socket.getInputStream();
    }

    RawConnection send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    RawConnection send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        return this;
    }

    /** Tells the server this client sends nothing more (a half-close), as {@code nc -N} does. */
    void endOutput() throws IOException {
        socket.shutdownOutput();
    }

    /** One response (head and Content-Length body); fails if the connection ends first. */
    String response() throws IOException {
        return RawHttp.readResponse(in);
    }

    /** True when the server closes the connection within the wait, with nothing more sent. */
    boolean closedWithin(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            int b = in.read();
            if (b != -1) {
                throw new IOException("expected end of stream, got more bytes: " + (char) b + new String(in.readNBytes(in.available()),
                    StandardCharsets.ISO_8859_1));
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (java.net.SocketException e) {
            return e.getMessage() != null && e.getMessage().contains("reset");
        } finally {
            socket.setSoTimeout(15_000);
        }
    }

    /** Everything until the server closes. */
    String rest() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
