package io.cronkeeper.gui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.CheckStatus;
import io.cronkeeper.gui.client.ClientException;
import io.cronkeeper.gui.client.SchedulePreview;
import io.cronkeeper.gui.client.Workspace;
import io.cronkeeper.gui.testing.FakeClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckEditViewModelTest {
    private final FakeClient client = new FakeClient();
    private final List<Check> saved = new ArrayList<>();
    private Workspace workspace;
    private CheckEditViewModel vm;

    @BeforeEach
    void setUp() {
        client.projects.add(FakeClient.project("p1", "Home"));
        workspace = new Workspace(client, Calls.synchronous(), Clock.systemUTC());
        workspace.reload();
        vm = new CheckEditViewModel(workspace);
    }

    @Test
    void slugFollowsTheNameUntilTypedByHand() {
        vm.create(workspace.projects().getFirst());
        vm.name().set("Nightly Backup (prod) é");
        assertThat(vm.slug().get()).isEqualTo("nightly-backup-prod-e");
        vm.slug().set("backup");
        vm.name().set("Something else");
        assertThat(vm.slug().get()).isEqualTo("backup");
    }

    @Test
    void newCheckSendsItsFieldsAndIsSaved() {
        vm.create(workspace.projects().getFirst());
        vm.name().set("Backup");
        vm.timeout().set("1 h");
        vm.grace().set("10 min");
        vm.save(saved::add);
        assertThat(client.sent.getLast()).containsEntry("name", "Backup").containsEntry("slug", "backup")
            .containsEntry("timeout", 3600L).containsEntry("grace", 600L);
        assertThat(saved).hasSize(1);
        assertThat(workspace.check(saved.getFirst().uuid())).isPresent();
    }

    @Test
    void editSendsOnlyWhatChanged() {
        Check check = FakeClient.check("c1", "p1", "Backup", CheckStatus.UP);
        client.checks.put("c1", check);
        vm.edit(check);
        vm.tags().set("db prod");
        vm.save(saved::add);
        assertThat(client.sent.getLast()).containsOnlyKeys("tags").containsEntry("tags", "db prod");
    }

    @Test
    void theServersRefusalGoesUnderTheFieldItNames() {
        Check check = FakeClient.check("c1", "p1", "Backup", CheckStatus.UP);
        client.checks.put("c1", check);
        vm.edit(check);
        vm.mode().set(CheckForm.Mode.CRON);
        vm.expression().set("61 * * * *");
        String refusal = "json validation error: schedule is not a valid cron or OnCalendar expression";
        client.refuseNext(new ClientException.Rejected(400, refusal));
        vm.save(saved::add);
        assertThat(vm.errors()).containsEntry("schedule", refusal);
        assertThat(client.sent.getLast()).containsEntry("schedule", "61 * * * *").containsEntry("tz", "UTC");
        assertThat(saved).isEmpty();

        vm.validateSchedule();
        assertThat(vm.errors()).as("a preview of the same inputs keeps the server's words").containsEntry("schedule", refusal);
        vm.expression().set("0 3 * * *");
        vm.validateSchedule();
        assertThat(vm.errors()).doesNotContainKey("schedule");

        vm.expression().set("61 * * * *");
        client.refuseNext(new ClientException.Rejected(400, "invalid cron expression: minute 61 out of range"));
        vm.save(saved::add);
        assertThat(vm.errors()).containsEntry("schedule", "invalid cron expression: minute 61 out of range");
    }

    @Test
    void expressionsArePreviewedByTheServerWhenItCan() {
        Check check = FakeClient.check("c1", "p1", "Backup", CheckStatus.UP);
        vm.edit(check);
        vm.mode().set(CheckForm.Mode.CRON);
        vm.expression().set("0 3 * * *");
        vm.validateSchedule();
        assertThat(vm.previewSupported().get()).isFalse();
        assertThat(vm.errors()).doesNotContainKey("schedule");

        client.preview = () -> new SchedulePreview(List.of(Instant.parse("2026-01-16T03:00:00Z")));
        vm.validateSchedule();
        assertThat(vm.previewSupported().get()).isTrue();
        assertThat(vm.nextExpected()).singleElement().asString().startsWith("2026-01-16 03:00:00");

        client.preview = () -> {
            throw new ClientException.Rejected(400, "bad minute field");
        };
        vm.validateSchedule();
        assertThat(vm.errors()).containsEntry("schedule", "bad minute field");
    }

    @Test
    void periodsOutsideTheServersLimitsAreFlaggedAtOnce() {
        vm.create(workspace.projects().getFirst());
        vm.timeout().set("30 s");
        assertThat(vm.errors()).containsEntry("timeout", "timeout is too small: at least 1 min");
        vm.timeout().set("soon");
        assertThat(vm.errors().get("timeout")).startsWith("not a duration");
        vm.timeout().set("2 d");
        assertThat(vm.errors()).doesNotContainKey("timeout");
        assertThat(vm.nextExpected()).hasSize(3);
    }

    @Test
    void optionsOfANewerServerAreEditableAndSentWithTheirType() {
        ObjectNode raw = new ObjectMapper().createObjectNode().put("uuid", "c1").put("name", "x")
            .put("escalate_after", 300).put("snooze_on_start", false).putNull("repeat_after");
        Check base = FakeClient.check("c1", "p1", "x", CheckStatus.UP);
        Check check = new Check(base.uuid(), base.project(), base.name(), base.slug(), base.tags(), base.desc(),
            base.status(), base.schedule(), base.grace(), base.lastPing(), base.nextPing(), base.alertAfter(),
            base.nPings(), base.pingUrl(), base.pingUrlSlug(), base.channels(), base.lastDuration(), raw);
        client.checks.put("c1", check);
        vm.edit(check);
        assertThat(vm.extras()).extracting(ExtraField::key).containsExactly("escalate_after", "snooze_on_start", "repeat_after");
        assertThat(vm.extras().getFirst().label()).isEqualTo("Escalate after");
        vm.extras().get(0).value().set("ten");
        vm.save(saved::add);
        assertThat(vm.errors()).containsEntry("escalate_after", "must be a number");
        assertThat(saved).isEmpty();

        vm.extras().get(0).value().set("600");
        vm.extras().get(1).value().set("true");
        vm.save(saved::add);
        assertThat(client.sent.getLast()).isEqualTo(Map.of("escalate_after", 600L, "snooze_on_start", true));
        assertThat(vm.alertsKnown().get()).as("a server without fail_threshold has no alert options").isFalse();
    }

    private Check withAlerts(ObjectNode raw) {
        Check base = FakeClient.check("c1", "p1", "Backup", CheckStatus.UP);
        raw.put("uuid", "c1").put("name", "Backup");
        return new Check(base.uuid(), base.project(), base.name(), base.slug(), base.tags(), base.desc(),
            base.status(), base.schedule(), base.grace(), base.lastPing(), base.nextPing(), base.alertAfter(),
            base.nPings(), base.pingUrl(), base.pingUrlSlug(), base.channels(), base.lastDuration(), raw);
    }

    @Test
    void alertOptionsLoadAsTypedAndOnlyChangesAreSent() {
        ObjectNode raw = new ObjectMapper().createObjectNode().put("start_grace", 0).put("min_run_time", 120)
            .put("fail_threshold", 3).put("repeat_every", 3600).putNull("snoozed_until");
        Check check = withAlerts(raw);
        client.checks.put("c1", check);
        vm.edit(check);
        assertThat(vm.alertsKnown().get()).isTrue();
        assertThat(List.of(vm.startGrace().get(), vm.minRunTime().get(), vm.failThreshold().get(),
            vm.repeatEvery().get(), vm.snoozedUntil().get())).containsExactly("off", "2 min", "3", "1 h", "");
        assertThat(vm.extras()).isEmpty();

        vm.startGrace().set("30 min");
        vm.repeatEvery().set("off");
        vm.failThreshold().set("5");
        vm.save(saved::add);
        assertThat(client.sent.getLast()).isEqualTo(Map.of("start_grace", 1800L, "repeat_every", 0L, "fail_threshold", 5L));
    }

    @Test
    void snoozeQuickChoicesWriteAnIsoTimeAndEndingSendsEmpty() {
        ObjectNode raw = new ObjectMapper().createObjectNode().put("fail_threshold", 1)
            .put("snoozed_until", "2026-01-01T00:00:00+00:00");
        Check check = withAlerts(raw);
        client.checks.put("c1", check);
        vm.edit(check);
        Instant now = workspace.now().get();
        vm.snoozeFor(java.time.Duration.ofHours(1));
        assertThat(java.time.OffsetDateTime.parse(vm.snoozedUntil().get()).toInstant())
            .isBetween(now.plusSeconds(3599), now.plusSeconds(3601));
        vm.endSnooze();
        vm.save(saved::add);
        assertThat(client.sent.getLast()).isEqualTo(Map.of("snoozed_until", ""));
    }

    @Test
    void alertOptionsThatCannotBeSentOrThatTheServerRefusesShowUnderTheirField() {
        vm.create(workspace.projects().getFirst());
        vm.name().set("Backup");
        vm.minRunTime().set("quick");
        vm.save(saved::add);
        assertThat(vm.errors().get("min_run_time")).startsWith("not a duration");
        vm.minRunTime().set("off");
        vm.failThreshold().set("many");
        vm.save(saved::add);
        assertThat(vm.errors()).containsKey("fail_threshold");
        assertThat(saved).isEmpty();

        vm.failThreshold().set("2000");
        String refusal = "json validation error: fail_threshold is too large";
        client.refuseNext(new ClientException.Rejected(400, refusal));
        vm.save(saved::add);
        assertThat(vm.errors()).containsEntry("fail_threshold", refusal);
        assertThat(client.sent.getLast()).as("a create sends alert options only when not the defaults")
            .containsEntry("fail_threshold", 2000L).doesNotContainKeys("start_grace", "min_run_time", "repeat_every",
                "snoozed_until");
    }

    @Test
    void editsNotYetSavedAreKnownSoTheyCanBeAskedAbout() {
        client.checks.put("c1", FakeClient.check("c1", "p1", "Backup", CheckStatus.UP));
        workspace.reload();
        assertThat(vm.unsaved()).as("an empty form").isFalse();
        vm.edit(workspace.check("c1").orElseThrow().get());
        assertThat(vm.unsaved()).isFalse();
        vm.name().set("Backup v2");
        assertThat(vm.unsaved()).isTrue();
        assertThat(vm.subject()).isEqualTo("Backup");
        vm.save(saved::add);
        assertThat(vm.unsaved()).as("saved").isFalse();

        vm.create(workspace.projects().getFirst());
        assertThat(vm.unsaved()).isFalse();
        vm.name().set("New one");
        assertThat(vm.unsaved()).isTrue();
        assertThat(vm.subject()).isEqualTo("the new check");
    }

    @Test
    void aSixFieldCronIsToldItHasOneFieldTooMany() {
        client.preview = () -> {
            throw new AssertionError("a 6-field cron line must not be sent to the server");
        };
        vm.create(workspace.projects().getFirst());
        vm.mode().set(CheckForm.Mode.CRON);
        vm.expression().set("0 0 3 * * *");
        vm.validateSchedule();
        assertThat(vm.errors().get("schedule")).startsWith("A cron expression has 5 fields")
            .contains("this one has 6");
        vm.expression().set("0 3 * *");
        vm.validateSchedule();
        assertThat(vm.errors().get("schedule")).contains("this one has 4");
    }
}
