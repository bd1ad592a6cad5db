package io.cronkeeper.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.body.BudgetedBodies;
import io.cronkeeper.body.Reservation;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;

/**
 * POST bodies of the API: at most 1 MiB, parsed as a JSON object, within the request's share of
 * the body budget (the bytes, then room for the parsed tree).
 */
final class RequestBodies {
    private static final int MAX_BODY = 1024 * 1024;

    private RequestBodies() {
    }

    static JsonNode jsonObject(ServerRequest req) throws IOException {
        Reservation reservation = BudgetedBodies.of(req);
        byte[] bytes = read(req, reservation);
        BudgetedBodies.growForJsonTree(reservation, bytes.length);
        return Json.parseObject(bytes);
    }

    private static byte[] read(ServerRequest req, Reservation reservation) throws IOException {
        if (!req.content().hasEntity()) {
            return new byte[0];
        }
        return BudgetedBodies.read(req, MAX_BODY, reservation)
            .orElseThrow(() -> new ApiException.PayloadTooLarge("request body is larger than 1 MiB"));
    }
}
