package io.cronkeeper.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential check against sequences cronsim computed (see the header of
 * {@code cronsim-sequences.tsv}): odd syntax, and zones with unusual DST changes (half-hour
 * shifts, changes at midnight, skipped days).
 */
class CronsimSequencesTest {

    static Stream<Arguments> sequences() throws IOException {
        try (InputStream in = CronsimSequencesTest.class.getResourceAsStream("cronsim-sequences.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .filter(line -> !line.startsWith("# "))
                    .map(line -> line.split("\t"))
                    .map(fields -> Arguments.of(fields[0], fields[1], fields[2], fields[3]))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "[{index}] {0} in {1} after {2}")
    @MethodSource("sequences")
    void matchesCronsim(String expression, String zone, String after, String expected) {
        if (expected.equals("ERR")) {
            assertThatThrownBy(() -> CronExpression.parse(expression)).isInstanceOf(InvalidScheduleException.class);
            return;
        }
        var cron = CronExpression.parse(expression);
        var actual = new ArrayList<String>();
        ZonedDateTime at = Instant.parse(after).atZone(ZoneId.of(zone));
        List<String> wanted = Arrays.asList(expected.split(" "));
        while (actual.size() < wanted.size()) {
            var next = cron.nextAfter(at);
            if (next.isEmpty()) {
                actual.add("END");
                break;
            }
            at = next.get();
            actual.add(at.toInstant().toString());
        }
        assertThat(actual).isEqualTo(wanted);
    }
}
