package io.cronkeeper.gui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.CheckStatus;
import io.cronkeeper.gui.client.ClientException;
import io.cronkeeper.gui.client.LiveCheck;
import io.cronkeeper.gui.testing.GuiTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.gui.client.Schedule;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import javafx.scene.control.TableRow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The checks table and a check's detail, against the real server. */
class ChecksWindowTest extends GuiTest {
    @Test
    void newCheckShowsItsUuidAndSlugAndCopiesItsUrl() {
        clickOn("#newCheck");
        type("#editName", "Nightly backup");
        assertText("#editSlug", "nightly-backup");
        clickOn("#saveCheck");

        waitUntil("the new check's UUID", () -> text("#uuidField").matches("[0-9a-f-]{36}"));
        String uuid = text("#uuidField");
        assertText("#slugField", "nightly-backup");
        assertThat(api().check(uuid).name()).isEqualTo("Nightly backup");
        assertText("#url-success", server.url() + "/ping/" + uuid);

        clickOn("#copyUrl-success");
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(server.url() + "/ping/" + uuid);
        String slugUrl = text("#slugUrl-start");
        assertThat(slugUrl).matches(java.util.regex.Pattern.quote(server.url() + "/ping/") + "[^/]+/nightly-backup/start");
        assertThat(text("#crontabLine")).endsWith("curl -fsS -m 10 --retry 5 -o /dev/null " + server.url() + "/ping/" + uuid + "/$?");
    }

    @Test
    void pingOverHttpUpdatesTheRowLive() {
        Check check = api().createCheck(defaultProject(), Map.of("name", "live row"));
        waitUntil("the row of the new check", () -> checkRow(check.uuid()) != null);
        assertThat(statusCell(check.uuid())).contains("new");

        assertThat(server.ping(check.uuid(), "", "ok")).isEqualTo(200);

        waitUntil("the row turns up", () -> statusCell(check.uuid()).contains("up"));
        assertThat(onFx(() -> checkRow(check.uuid()).getPseudoClassStates().toString())).contains("up");
        assertThat(server.ping(check.uuid(), "/fail", "broken")).isEqualTo(200);
        waitUntil("the row turns down", () -> statusCell(check.uuid()).contains("down"));
        waitUntil("the down banner", () -> visible("#alertBanner") && text("#alertMessage").contains("live row in Default is down"));
    }

    @Test
    void pauseAndResume() {
        Check check = api().createCheck(defaultProject(), Map.of("name", "pausable"));
        selectCheck(check.uuid());
        clickOn("#pauseCheck");
        waitUntil("paused", () -> text("#detailStatus").contains("paused"));
        assertThat(api().check(check.uuid()).status()).isEqualTo(CheckStatus.PAUSED);
        clickOn("#resumeCheck");
        waitUntil("resumed", () -> text("#detailStatus").contains("new"));
        assertThat(api().check(check.uuid()).status()).isEqualTo(CheckStatus.NEW);
    }

    @Test
    void cronShowsTheNextTimesOrTheParsersErrorAndIsSaved() {
        Check check = api().createCheck(defaultProject(), Map.of("name", "cron me"));
        String expected;
        try {
            api().previewSchedule("61 * * * *", "UTC");
            throw new AssertionError("the server previewed an invalid cron expression");
        } catch (ClientException.Rejected e) {
            expected = e.getMessage();
        }
        selectCheck(check.uuid());
        clickOn("#tabEdit");
        choose("#scheduleMode", "Cron");
        type("#editExpression", "61 * * * *");
        assertText("#error-schedule", expected);
        assertThat(text("#nextExpected")).isEmpty();

        type("#editExpression", "0 3 * * *");
        waitUntil("the next run times", () -> text("#nextExpected").startsWith("Next expected:")
            && text("#nextExpected").contains("03:00:00"));
        assertThat(visible("#error-schedule") && !text("#error-schedule").isEmpty()).isFalse();
        clickOn("#saveCheck");
        waitUntil("saved as cron", () -> api().check(check.uuid()).schedule() instanceof Schedule.Cron);
        assertThat(((Schedule.Cron) api().check(check.uuid()).schedule()).expression()).isEqualTo("0 3 * * *");
    }

    @Test
    void alertOptionsAreStoredAndTheServersRefusalShowsUnderTheField() {
        Check check = api().createCheck(defaultProject(), Map.of("name", "alerting"));
        selectCheck(check.uuid());
        clickOn("#tabEdit");
        assertText("#editFailThreshold", "1");
        reveal("#editStartGrace");
        type("#editStartGrace", "30 min");
        reveal("#editMinRunTime");
        type("#editMinRunTime", "2 min");
        reveal("#editFailThreshold");
        type("#editFailThreshold", "3");
        reveal("#editRepeatEvery");
        type("#editRepeatEvery", "1 h");
        reveal("#snooze1d");
        clickOn("#snooze1d");
        reveal("#saveCheck");
        clickOn("#saveCheck");

        waitUntil("the options stored", () -> api().check(check.uuid()).raw().path("fail_threshold").asInt() == 3);
        JsonNode raw = api().check(check.uuid()).raw();
        assertThat(raw.path("start_grace").asLong()).isEqualTo(1800);
        assertThat(raw.path("min_run_time").asLong()).isEqualTo(120);
        assertThat(raw.path("repeat_every").asLong()).isEqualTo(3600);
        Instant snoozed = OffsetDateTime.parse(raw.path("snoozed_until").asText()).toInstant();
        assertThat(snoozed).isBetween(Instant.now().plusSeconds(86_400 - 120), Instant.now().plusSeconds(86_400 + 5));
        clickOn("#tabOverview");
        waitUntil("the detail shows them", () -> text("#detailFacts").contains("down after 3 failures in a row")
            && text("#detailFacts").contains("repeat every 1 h"));

        clickOn("#tabEdit");
        reveal("#editFailThreshold");
        type("#editFailThreshold", "5000");
        reveal("#saveCheck");
        clickOn("#saveCheck");
        waitUntil("the server's words under the field", () -> text("#error-fail_threshold").contains("fail_threshold"));
        assertThat(api().check(check.uuid()).raw().path("fail_threshold").asInt()).isEqualTo(3);
    }

    @Test
    void keyboardSearchFilterCopyAndDelete() {
        Check keep = api().createCheck(defaultProject(), Map.of("name", "zebra keeper", "tags", "zoo"));
        Check gone = api().createCheck(defaultProject(), Map.of("name", "zebra goner"));
        waitUntil("both rows", () -> checkRow(keep.uuid()) != null && checkRow(gone.uuid()) != null);

        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("zebra");
        waitUntil("only the zebras", () -> visibleChecks() == 2);
        clickOn("#tag-zoo");
        waitUntil("only the tagged one", () -> visibleChecks() == 1);
        clickOn("#tag-zoo");
        choose("#statusFilter", "Paused");
        waitUntil("none paused", () -> visibleChecks() == 0);
        choose("#statusFilter", "All statuses");

        selectCheck(gone.uuid());
        clickOn(checkRow(gone.uuid()));
        press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        waitUntil("the URL on the clipboard", () -> (server.url() + "/ping/" + gone.uuid())
            .equals(Clipboard.getSystemClipboard().getString()));

        type("#search", "zebra");
        clickOn(checkRow(gone.uuid()));
        press(KeyCode.DELETE).release(KeyCode.DELETE);
        clickOn("#confirmOk");
        waitUntil("the row gone", () -> checkRow(gone.uuid()) == null);
        assertThat(api().checks()).extracting(Check::uuid).contains(keep.uuid()).doesNotContain(gone.uuid());

        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil("the new-check form", () -> onFx(() -> lookup("#editName").query().isFocused()));
    }

    private int visibleChecks() {
        return onFx(() -> ((javafx.scene.control.TableView<?>) lookup("#checks").query()).getItems().size());
    }

    private String statusCell(String uuid) {
        return onFx(() -> {
            TableRow<LiveCheck> row = checkRow(uuid);
            return row == null ? "" : StatusLook.word(row.getItem().get().status()) + "|"
                + row.lookupAll(".table-cell").stream().map(n -> ((javafx.scene.control.Labeled) n).getText())
                    .filter(t -> t != null && !t.isEmpty()).findFirst().orElse("");
        });
    }

}
