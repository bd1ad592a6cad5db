package io.cronkeeper.ping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps the first {@code limit} bytes of a body and reads the rest into a scratch buffer, so a
 * body of any size is accepted with memory bounded by the limit.
 */
final class BodyReader {
    private static final byte[] EMPTY = new byte[0];
    private static final int CHUNK = 16 * 1024;

    private BodyReader() {
    }

    static byte[] readLimited(InputStream in, int limit) throws IOException {
        var kept = new ByteArrayOutputStream(Math.min(limit, CHUNK));
        byte[] buffer = new byte[CHUNK];
        int n;
        while ((n = in.read(buffer)) != -1) {
            int room = limit - kept.size();
            if (room > 0) {
                kept.write(buffer, 0, Math.min(room, n));
            }
        }
        return kept.size() == 0 ? EMPTY : kept.toByteArray();
    }
}
