package io.cronkeeper.ping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.OptionalLong;

/**
 * Keeps the first {@code limit} bytes of a body and reads the rest into a scratch buffer, so a
 * body of any size is accepted with memory bounded by the limit.
 */
final class BodyReader {
    private static final byte[] EMPTY = new byte[0];
    private static final int CHUNK = 16 * 1024;

    private BodyReader() {
    }

    /** The bytes kept, and how many the request sent in all. */
    record Body(byte[] kept, long received) {
        static final Body NONE = new Body(EMPTY, 0);
    }

    /**
     * @param declaredLength the request's {@code Content-Length}, if it sent one: a body known to
     *                       fit is read straight into an array of its size (the common case)
     */
    static Body readLimited(InputStream in, int limit, OptionalLong declaredLength) throws IOException {
        if (declaredLength.isPresent() && declaredLength.getAsLong() <= limit) {
            byte[] body = in.readNBytes((int) declaredLength.getAsLong());
            long rest = in.transferTo(OutputStream.nullOutputStream());
            return new Body(body.length == 0 ? EMPTY : body, body.length + rest);
        }
        long received = 0;
        var kept = new ByteArrayOutputStream(Math.min(limit, CHUNK));
        byte[] buffer = new byte[CHUNK];
        int n;
        while ((n = in.read(buffer)) != -1) {
            received += n;
            int room = limit - kept.size();
            if (room > 0) {
                kept.write(buffer, 0, Math.min(room, n));
            }
        }
        return new Body(kept.size() == 0 ? EMPTY : kept.toByteArray(), received);
    }
}
