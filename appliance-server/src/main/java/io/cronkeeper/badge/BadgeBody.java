package io.cronkeeper.badge;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cronkeeper.api.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A badge in one of its formats, as response bytes. */
final class BadgeBody {
    private BadgeBody() {
    }

    static byte[] render(Badge badge, BadgeFormat format) {
        BadgeSummary s = badge.summary();
        return switch (format) {
            case SVG -> SvgBadge.render(badge.label(), s.status()).getBytes(StandardCharsets.UTF_8);
            case JSON -> json(ordered("status", s.status().wire(), "total", s.total(), "grace", s.grace(),
                "down", s.down()));
            case SHIELDS -> json(ordered("schemaVersion", 1, "label", badge.label(), "message", s.status().wire(),
                "color", s.status().shieldsColor()));
        };
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static byte[] json(Map<String, Object> value) {
        try {
            return Json.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
