package io.cronkeeper.gui.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {
    private final SseParser parser = new SseParser();

    private List<SseParser.Frame> feed(String... lines) {
        List<SseParser.Frame> out = new ArrayList<>();
        for (String line : lines) {
            parser.line(line).ifPresent(out::add);
        }
        return out;
    }

    @Test
    void framesEndAtBlankLinesAndCommentsAreSkipped() {
        var frames = feed("retry: 5000", "", ": heartbeat", "", "id: 1", "event: ping", "data: {\"a\":1}", "",
            "data:x", "data: y", "");
        assertThat(frames).containsExactly(new SseParser.Frame("ping", "{\"a\":1}", "1"),
            new SseParser.Frame("message", "x\ny", "1"));
        assertThat(parser.retry()).hasValue(5000);
    }

    @Test
    void eventsOfUnknownTypeAreIgnored() {
        var frames = feed("event: future", "data: {\"project\":\"p\"}", "");
        assertThat(frames).hasSize(1);
        assertThat(EventParser.parse(frames.getFirst())).isEmpty();
    }
}
