package io.cronkeeper.http;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/2 client with prior knowledge: the connection preface, one GET with
 * hand-encoded HPACK literals, and the response's DATA. Enough to prove the server speaks h2c
 * without an Upgrade, which java.net.http never does.
 */
final class Http2Frames {
    private static final int DATA = 0x0, HEADERS = 0x1, SETTINGS = 0x4, GOAWAY = 0x7;
    private static final int END_STREAM = 0x1, END_HEADERS = 0x4, ACK = 0x1;

    private Http2Frames() {
    }

    /** Returns the response body of {@code GET path} on stream 1. */
    static String get(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            frame(out, SETTINGS, 0, 0, new byte[0]);
            ByteArrayOutputStream block = new ByteArrayOutputStream();
            block.write(0x82); // :method GET (static table 2)
            block.write(0x86); // :scheme http (static table 6)
            literal(block, 4, path); // :path
            literal(block, 1, "127.0.0.1:" + port); // :authority
            frame(out, HEADERS, END_STREAM | END_HEADERS, 1, block.toByteArray());
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                int length = (in.readUnsignedByte() << 16) | in.readUnsignedShort();
                int type = in.readUnsignedByte();
                int flags = in.readUnsignedByte();
                int stream = in.readInt() & 0x7fffffff;
                byte[] payload = in.readNBytes(length);
                if (type == SETTINGS && (flags & ACK) == 0) {
                    frame(out, SETTINGS, ACK, 0, new byte[0]);
                } else if (type == GOAWAY) {
                    throw new IOException("server sent GOAWAY");
                } else if (stream == 1 && type == DATA) {
                    body.write(payload);
                }
                if (stream == 1 && (type == DATA || type == HEADERS) && (flags & END_STREAM) != 0) {
                    return body.toString(StandardCharsets.UTF_8);
                }
            }
        }
    }

    /** Literal header field without indexing, name from the static table, 7-bit length (< 127). */
    private static void literal(ByteArrayOutputStream block, int nameIndex, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        block.write(nameIndex);
        block.write(bytes.length);
        block.writeBytes(bytes);
    }

    private static void frame(OutputStream out, int type, int flags, int stream, byte[] payload) throws IOException {
        out.write(new byte[] {(byte) (payload.length >> 16), (byte) (payload.length >> 8), (byte) payload.length,
            (byte) type, (byte) flags, (byte) (stream >> 24), (byte) (stream >> 16), (byte) (stream >> 8), (byte) stream});
        out.write(payload);
    }
}
