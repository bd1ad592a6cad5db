package io.cronkeeper.gui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.check.Slugify;
import io.cronkeeper.gui.client.CheckStatus;
import io.cronkeeper.gui.client.Durations;
import io.cronkeeper.gui.client.Schedule;
import io.cronkeeper.gui.testing.FakeClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text the form and the detail make: durations both ways, slugs as the server makes them, pasteable lines. */
class FormatsTest {
    @Test
    void durationsReadBackWhatTheyShow() {
        for (long s : List.of(60L, 90L, 600L, 3600L, 5400L, 86400L, 90000L, 604800L, 31_536_000L)) {
            assertThat(DurationText.seconds(Durations.format(s))).as(Durations.format(s)).hasValue(s);
        }
        assertThat(DurationText.seconds("1h30m")).hasValue(5400);
        assertThat(DurationText.seconds("2 weeks")).hasValue(1_209_600);
        assertThat(DurationText.seconds("120")).hasValue(120);
        assertThat(DurationText.seconds("soon")).isEmpty();
        assertThat(DurationText.seconds("5 min later")).isEmpty();
    }

    @Test
    void slugsMatchTheServers() {
        for (String name : List.of("Nightly backup", "  Größe & Co. ", "a--b__c", "Ünïcödé 🚀 job", "x.y/z", "_lead-", "")) {
            assertThat(Slugs.of(name)).as(name).isEqualTo(Slugify.slugify(name));
        }
    }

    @Test
    void crontabLineFollowsThePeriod() {
        var check = FakeClient.check("u1", "p", "Job", CheckStatus.UP);
        assertThat(PingUrls.crontab(check)).isEqualTo("0 3 * * * /path/to/job.sh; curl -fsS -m 10 --retry 5 -o /dev/null http://h/ping/u1/$?");
        assertThat(PingUrls.cronFields(new Schedule.Period(900))).isEqualTo("*/15 * * * *");
        assertThat(PingUrls.cronFields(new Schedule.Period(6 * 3600))).isEqualTo("0 */6 * * *");
        assertThat(PingUrls.cronFields(new Schedule.Cron("5 4 * * 1", "UTC"))).isEqualTo("5 4 * * 1");
        assertThat(PingUrls.bySlug(check, PingUrls.SIGNALS.get(2))).hasValue("http://h/ping/key/Job/fail");
        // The exit status is saved before anything else runs (SnippetShellTest runs them all).
        assertThat(PingUrls.curlWithOutput(check)).startsWith("m=$(/path/to/job.sh 2>&1); rc=$?; ").contains("http://h/ping/u1/$rc ");
    }
}
