package io.cronkeeper.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.api.ApiShapes;
import io.cronkeeper.schedule.Schedules;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The desktop app validates a schedule while it is typed and shows when it would fire next:
 * {@code POST /schedule-preview {"schedule", "tz", "count"}}. The errors carry the parser's own
 * words, which v3 (bound to Healthchecks' single message) cannot.
 */
final class SchedulePreviewRoutes implements HttpService {
    private static final int DEFAULT_COUNT = 5;
    private static final int MAX_COUNT = 20;

    private final Clock clock;

    SchedulePreviewRoutes(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any("/schedule-preview", Methods.allow().post(this::preview));
    }

    private void preview(ServerRequest req, ServerResponse res) throws IOException {
        JsonNode body = Requests.body(req);
        String schedule = Requests.optionalString(body, "schedule")
            .orElseThrow(() -> AdminException.badRequest("\"schedule\" is required: a cron or OnCalendar expression"));
        String tz = Requests.optionalString(body, "tz").orElse("UTC");
        String zone = ApiShapes.canonicalZone(tz)
            .orElseThrow(() -> AdminException.badRequest("tz is not a valid timezone: " + tz));
        int count = count(body);
        Optional<String> problem = Schedules.problem(schedule);
        if (problem.isPresent()) {
            throw AdminException.badRequest("schedule is not a valid cron or OnCalendar expression: " + problem.get());
        }
        boolean cron = Schedules.isCron(schedule);
        List<String> next = new ArrayList<>();
        Instant t = clock.instant();
        for (int i = 0; i < count; i++) {
            Optional<Instant> n = cron ? Schedules.nextCron(schedule, zone, t) : Schedules.nextOnCalendar(schedule, zone, t);
            if (n.isEmpty()) {
                break;
            }
            next.add(ApiShapes.isoSeconds(n.get()));
            t = n.get();
        }
        var out = new LinkedHashMap<String, Object>();
        out.put("kind", cron ? "cron" : "oncalendar");
        out.put("tz", zone);
        out.put("next", next);
        AdminJson.send(res, out);
    }

    private static int count(JsonNode body) {
        JsonNode v = body.get("count");
        if (v == null) {
            return DEFAULT_COUNT;
        }
        if (!v.isIntegralNumber() || v.asLong() < 1 || v.asLong() > MAX_COUNT) {
            throw AdminException.badRequest("\"count\" must be a whole number from 1 to " + MAX_COUNT);
        }
        return v.asInt();
    }
}
