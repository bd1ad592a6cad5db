package io.cronkeeper.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;

/** POST bodies of the API: at most 1 MiB, parsed as a JSON object before authentication. */
final class RequestBodies {
    private static final int MAX_BODY = 1024 * 1024;

    private RequestBodies() {
    }

    static JsonNode jsonObject(ServerRequest req) throws IOException {
        return Json.parseObject(read(req));
    }

    private static byte[] read(ServerRequest req) throws IOException {
        if (!req.content().hasEntity()) {
            return new byte[0];
        }
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new ApiException.PayloadTooLarge("request body is larger than 1 MiB");
            }
            return bytes;
        }
    }
}
