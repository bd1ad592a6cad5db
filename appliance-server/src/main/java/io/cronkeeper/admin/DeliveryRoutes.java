package io.cronkeeper.admin;

import io.cronkeeper.alert.DeliveryResult;
import io.cronkeeper.channel.Channel;
import io.cronkeeper.channel.ChannelService;
import io.cronkeeper.check.Check;
import io.cronkeeper.outbox.DeliveryAttempt;
import io.cronkeeper.outbox.DeliveryLog;
import io.cronkeeper.outbox.Dispatcher;
import io.cronkeeper.outbox.Notification;
import io.cronkeeper.store.IsoTime;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Alert delivery: each channel's attempt log, each check's queued alerts, and test sends. */
final class DeliveryRoutes implements HttpService {
    private final DeliveryLog log;
    private final Dispatcher dispatcher;
    private final ChannelService channels;
    private final Lookup lookup;

    DeliveryRoutes(DeliveryLog log, Dispatcher dispatcher, ChannelService channels, Lookup lookup) {
        this.log = log;
        this.dispatcher = dispatcher;
        this.channels = channels;
        this.lookup = lookup;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any("/channels/{channel}/attempts", Methods.allow().get(this::attempts))
            .any("/channels/{channel}/test", Methods.allow().post(this::test))
            .any("/checks/{check}/notifications", Methods.allow().get(this::notifications));
    }

    private void attempts(ServerRequest req, ServerResponse res) {
        Channel channel = lookup.channel(req);
        List<Map<String, Object>> out = log.attempts(channel).stream().map(DeliveryRoutes::attempt).toList();
        AdminJson.send(res, Map.of("attempts", out));
    }

    /** Sends now and answers with the outcome, whatever it is: a failed delivery is still a 200. */
    private void test(ServerRequest req, ServerResponse res) {
        Channel channel = lookup.channel(req);
        DeliveryResult result = dispatcher.sendTest(channel);
        var m = new LinkedHashMap<String, Object>();
        m.put("delivered", result.delivered());
        m.put("status_code", result.statusCode().isPresent() ? result.statusCode().getAsInt() : null);
        m.put("error", result.error());
        AdminJson.send(res, m);
    }

    private void notifications(ServerRequest req, ServerResponse res) {
        Check check = lookup.check(req);
        Map<Long, String> uuids = channels.all().stream().collect(Collectors.toMap(Channel::id, Channel::uuid));
        List<Map<String, Object>> out = log.notifications(check).stream()
            .map(n -> notification(n, id -> uuids.getOrDefault(id, null))).toList();
        AdminJson.send(res, Map.of("notifications", out));
    }

    private static Map<String, Object> attempt(DeliveryAttempt a) {
        var m = new LinkedHashMap<String, Object>();
        m.put("date", IsoTime.micros(a.created()));
        m.put("kind", a.kind());
        m.put("status", a.status());
        m.put("delivered", a.delivered());
        m.put("status_code", a.statusCode());
        m.put("error", a.error());
        return m;
    }

    private static Map<String, Object> notification(Notification n, Function<Long, String> channelUuid) {
        var m = new LinkedHashMap<String, Object>();
        m.put("channel", channelUuid.apply(n.channelId()));
        m.put("kind", n.kind());
        m.put("due", IsoTime.micros(n.due()));
        m.put("state", n.state());
        m.put("attempts", n.attempts());
        m.put("next_attempt", n.nextAttempt() == null || !n.state().equals("pending")
            ? null : IsoTime.micros(n.nextAttempt()));
        m.put("finished", n.finished() == null ? null : IsoTime.micros(n.finished()));
        return m;
    }
}
