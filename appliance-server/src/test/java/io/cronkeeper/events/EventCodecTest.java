package io.cronkeeper.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How events are packed into NOTIFY payloads, which PostgreSQL limits to under 8000 bytes. */
class EventCodecTest {
    private final EventCodec codec = new EventCodec("node-a");

    @Test
    void eventsRoundTripWithTheSendersNode() {
        var ping = new Event("ping", 7, "c-1", Map.of("ping", Map.of("n", 3, "ua", "curl/8 é")));
        var project = new Event("project", 7, null, Map.of("action", "updated"));

        List<String> payloads = codec.encode(List.of(ping, project), false);

        assertThat(payloads).hasSize(1);
        EventCodec.Message m = EventCodec.decode(payloads.getFirst());
        assertThat(m.node()).isEqualTo("node-a");
        assertThat(m.missed()).isFalse();
        assertThat(m.events()).containsExactly(ping, project);
    }

    @Test
    void manyEventsAreSplitIntoPayloadsUnderTheLimitInOrder() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            events.add(new Event("ping", 1, "c-" + i, Map.of("ping", Map.of("n", i, "ua", "ü".repeat(150)))));
        }

        List<String> payloads = codec.encode(events, false);

        assertThat(payloads.size()).isGreaterThan(10);
        assertThat(payloads).allSatisfy(p ->
            assertThat(p.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(EventCodec.MAX_BYTES));
        assertThat(payloads.stream().flatMap(p -> EventCodec.decode(p).events().stream()).toList())
            .isEqualTo(events);
    }

    @Test
    void aCheckObjectTooLargeIsLeftForTheReceiverToAdd() {
        var check = Map.<String, Object>of("name", "backup", "desc", "x".repeat(20_000));
        var changed = new Event("check", 1, "c-1", Map.of("action", "updated", "check", check));

        List<String> payloads = codec.encode(List.of(changed), false);

        assertThat(payloads).singleElement().satisfies(p -> {
            EventCodec.Message m = EventCodec.decode(p);
            assertThat(m.missed()).isFalse();
            assertThat(m.events()).containsExactly(new Event("check", 1, "c-1", Map.of("action", "updated")));
        });
    }

    @Test
    void anEventThatCannotFitIsReportedAsMissed() {
        var channel = new Event("channel", 1, null, Map.of("channel", Map.of("config", "y".repeat(9_000))));
        var ping = new Event("ping", 1, "c-1", Map.of());

        List<String> payloads = codec.encode(List.of(channel, ping), false);

        assertThat(payloads).singleElement().satisfies(p -> {
            EventCodec.Message m = EventCodec.decode(p);
            assertThat(m.missed()).isTrue();
            assertThat(m.events()).containsExactly(ping);
        });
    }

    @Test
    void eventsDroppedBeforeAreAnnouncedEvenWithoutEvents() {
        assertThat(codec.encode(List.of(), false)).isEmpty();
        assertThat(codec.encode(List.of(), true)).singleElement()
            .satisfies(p -> assertThat(EventCodec.decode(p).missed()).isTrue());
    }
}
