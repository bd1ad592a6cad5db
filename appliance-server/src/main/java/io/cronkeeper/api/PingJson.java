package io.cronkeeper.api;

import io.cronkeeper.store.IsoTime;
import io.cronkeeper.ping.PingHistory;
import io.cronkeeper.ping.StoredPing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A ping in the API's pings list (reference §4.6). */
final class PingJson {
    private PingJson() {
    }

    static Map<String, Object> toMap(PingHistory.Entry entry, String checkUrl) {
        StoredPing p = entry.ping();
        var m = new LinkedHashMap<String, Object>();
        m.put("type", p.pingKind().wire());
        m.put("date", IsoTime.micros(p.created()));
        m.put("n", p.n());
        m.put("scheme", p.scheme());
        m.put("remote_addr", p.remoteAddr());
        m.put("method", p.method());
        m.put("ua", p.ua());
        m.put("rid", p.rid());
        boolean hasBody = p.body() != null && p.body().length > 0;
        m.put("body_url", hasBody ? checkUrl + "/pings/" + p.n() + "/body" : null);
        entry.duration().ifPresent(d -> m.put("duration",
            BigDecimal.valueOf(d.toNanos()).movePointLeft(9).setScale(2, RoundingMode.HALF_EVEN).doubleValue()));
        return m;
    }
}
