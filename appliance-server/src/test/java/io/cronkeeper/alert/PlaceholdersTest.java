package io.cronkeeper.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.alert.Placeholders.Where;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Webhook placeholders, filled in as Healthchecks fills them. */
class PlaceholdersTest {
    @Test
    void everyPlaceholderInABody() {
        String out = Placeholders.of(Alerts.down(), Where.BODY).render(
            "$CODE|$STATUS|$NOW|$NAME|$NAME_JSON|$SLUG|$TAGS|$TAG1|$TAG2|$EXITSTATUS|$BODY_JSON|$JSON");
        assertThat(out).isEqualTo(Alerts.UUID + "|down|2024-05-01T03:00:00+00:00|backup-nightly|\"backup-nightly\""
            + "|backup-nightly|db nightly|db|nightly|3|\"pg_dump: error: connection refused\\n\"|" + Alerts.CHECK_JSON);
    }

    @Test
    void longerNamesWinSoNameJsonIsNotReadAsName() {
        Alert a = Alerts.named("say \"hi\"", List.of(), "");
        assertThat(Placeholders.of(a, Where.BODY).render("{\"n\": $NAME_JSON, \"raw\": \"$NAME\"}"))
            .isEqualTo("{\"n\": \"say \\\"hi\\\"\", \"raw\": \"say \"hi\"\"}");
        assertThat(Placeholders.of(Alerts.down(), Where.BODY).render("$BODY_JSON")).startsWith("\"pg_dump");
    }

    @Test
    void tenthTagIsNotTheFirstFollowedByZero() {
        List<String> tags = IntStream.rangeClosed(1, 10).mapToObj(i -> "t" + i).toList();
        assertThat(Placeholders.of(Alerts.named("n", tags, ""), Where.BODY).render("$TAG1,$TAG10"))
            .isEqualTo("t1,t10");
        assertThat(Placeholders.of(Alerts.named("n", List.of("only"), ""), Where.BODY).render("$TAG1 $TAG2"))
            .as("a tag that does not exist stays as written").isEqualTo("only $TAG2");
    }

    @Test
    void valuesAreNeverExpandedAgain() {
        Alert a = Alerts.named("$STATUS $CODE", List.of("$NAME"), "$TAGS");
        assertThat(Placeholders.of(a, Where.BODY).render("$NAME / $TAG1 / $BODY"))
            .isEqualTo("$STATUS $CODE / $NAME / $TAGS");
    }

    @Test
    void unknownPlaceholdersAndLoneDollarsStay() {
        assertThat(Placeholders.of(Alerts.down(), Where.BODY).render("cost $5, $FOO, $, $name"))
            .isEqualTo("cost $5, $FOO, $, $name");
    }

    @Test
    void urlValuesArePercentEncoded() {
        Alert a = Alerts.named("a b/c&d=é", List.of("x y"), "");
        assertThat(Placeholders.of(a, Where.URL).render("https://h/p?n=$NAME&j=$NAME_JSON&t=$TAG1&at=$NOW"))
            .isEqualTo("https://h/p?n=a%20b/c%26d%3D%C3%A9&j=%22a%20b/c%26d%3D%C3%A9%22&t=x%20y"
                + "&at=2024-05-01T03%3A00%3A00%2B00%3A00");
    }

    @Test
    void pingBodyOnlyFillsRequestBodies() {
        assertThat(Placeholders.of(Alerts.down(), Where.URL).render("https://h/?b=$BODY")).isEqualTo("https://h/?b=$BODY");
        assertThat(Placeholders.of(Alerts.down(), Where.HEADER).render("$BODY_JSON")).isEqualTo("$BODY_JSON");
    }

    @Test
    void missingExitStatusIsMinusOne() {
        assertThat(Placeholders.of(Alerts.up(), Where.BODY).render("$EXITSTATUS")).isEqualTo("-1");
    }

    @Test
    void headerValuesStayOnOneLineAndInLatin1() {
        assertThat(WebhookNotifier.headerSafe("café ✓\r\nX-Evil: 1")).isEqualTo("café &#10003;  X-Evil: 1");
    }
}
