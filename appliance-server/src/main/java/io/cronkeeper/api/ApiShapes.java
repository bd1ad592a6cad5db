package io.cronkeeper.api;

import io.cronkeeper.store.IsoTime;
import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckChanges;
import io.cronkeeper.ping.PingHistory;
import java.time.Instant;
import java.util.Map;

/**
 * The v3 API's request validation and JSON shapes for the admin API, which shows the same
 * objects with more fields. A facade, so the v3 classes stay package-private and free to change.
 */
public final class ApiShapes {
    private static final int VERSION = 3;

    private ApiShapes() {
    }

    /** v3 create/update validation; throws {@link ApiException.BadRequest} with v3's message. */
    public static CheckChanges parseCheckSpec(JsonNode body) {
        return CheckSpecParser.parse(body).changes();
    }

    /** The check object as a read-write key sees it in v3; {@code channels} as v3 lists them. */
    public static Map<String, Object> checkJson(String siteRoot, String pingEndpoint, Check check, Instant now,
                                                String channels) {
        return new CheckJson(siteRoot, pingEndpoint).toMap(check, false, VERSION, now, channels);
    }

    /** A ping as v3 lists it; {@code checkUrl} is where its {@code body_url} points below. */
    public static Map<String, Object> pingJson(PingHistory.Entry entry, String checkUrl) {
        return PingJson.toMap(entry, checkUrl);
    }

    /** A zone name as v3 stores it (legacy names mapped), or empty when it is unknown. */
    public static java.util.Optional<String> canonicalZone(String tz) {
        try {
            return java.util.Optional.of(TimeZones.canonical(tz));
        } catch (ApiException e) {
            return java.util.Optional.empty();
        }
    }

    /** ISO 8601 UTC in whole seconds, as the check object shows times. */
    public static String isoSeconds(Instant t) {
        return IsoTime.seconds(t);
    }

    /** ISO 8601 UTC with microseconds unless zero, as pings show their date. */
    public static String isoMicros(long epochMicros) {
        return IsoTime.micros(epochMicros);
    }
}
