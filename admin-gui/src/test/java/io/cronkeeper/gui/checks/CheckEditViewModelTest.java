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
        String refusal = "json validation error: schedule is not supported yet: only simple (timeout + grace) checks";
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
            .put("start_grace", 300).put("snooze_on_start", false).putNull("repeat_after");
        Check base = FakeClient.check("c1", "p1", "x", CheckStatus.UP);
        Check check = new Check(base.uuid(), base.project(), base.name(), base.slug(), base.tags(), base.desc(),
            base.status(), base.schedule(), base.grace(), base.lastPing(), base.nextPing(), base.alertAfter(),
            base.nPings(), base.pingUrl(), base.pingUrlSlug(), base.channels(), base.lastDuration(), raw);
        client.checks.put("c1", check);
        vm.edit(check);
        assertThat(vm.extras()).extracting(ExtraField::key).containsExactly("start_grace", "snooze_on_start", "repeat_after");
        assertThat(vm.extras().getFirst().label()).isEqualTo("Start grace");
        vm.extras().get(0).value().set("ten");
        vm.save(saved::add);
        assertThat(vm.errors()).containsEntry("start_grace", "must be a number");
        assertThat(saved).isEmpty();

        vm.extras().get(0).value().set("600");
        vm.extras().get(1).value().set("true");
        vm.save(saved::add);
        assertThat(client.sent.getLast()).isEqualTo(Map.of("start_grace", 600L, "snooze_on_start", true));
    }
}
