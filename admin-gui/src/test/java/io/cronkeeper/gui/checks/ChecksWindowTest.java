package io.cronkeeper.gui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.CheckStatus;
import io.cronkeeper.gui.client.ClientException;
import io.cronkeeper.gui.client.LiveCheck;
import io.cronkeeper.gui.testing.GuiTest;
import io.cronkeeper.gui.testing.LiveServer;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.TableRow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks table and a check's detail, against the real server. */
class ChecksWindowTest extends GuiTest {
    @TempDir
    static Path dir;
    static LiveServer server;

    @BeforeAll
    static void startServer() {
        server = LiveServer.start(dir);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Override
    protected LiveServer server() {
        return server;
    }

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
        assertThat(text("#crontabLine")).endsWith("curl -fsS -m 10 --retry 5 -o /dev/null " + server.url() + "/ping/" + uuid);
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
    void invalidCronShowsTheServersErrorNextToTheExpression() {
        Check check = api().createCheck(defaultProject(), Map.of("name", "cron me"));
        String expected;
        try {
            api().updateCheck(check.uuid(), Map.of("schedule", "61 * * * *", "tz", "UTC"));
            throw new AssertionError("the server accepted an invalid cron expression");
        } catch (ClientException.Rejected e) {
            expected = e.getMessage();
        }
        selectCheck(check.uuid());
        clickOn("#tabEdit");
        choose("#scheduleMode", "Cron");
        type("#editExpression", "61 * * * *");
        clickOn("#saveCheck");

        assertText("#error-schedule", expected);
        sleep(800);
        assertThat(text("#error-schedule")).as("still shown after the live check settles").isEqualTo(expected);
        assertThat(api().check(check.uuid()).schedule()).isInstanceOf(io.cronkeeper.gui.client.Schedule.Period.class);
    }

    @Test
    void keyboardSearchFilterCopyAndDelete() {
        Check keep = api().createCheck(defaultProject(), Map.of("name", "zebra keeper", "tags", "zoo"));
        Check gone = api().createCheck(defaultProject(), Map.of("name", "zebra goner"));
        waitUntil("both rows", () -> checkRow(keep.uuid()) != null && checkRow(gone.uuid()) != null);

        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("zebra");
        waitUntil("only the zebras", () -> visibleChecks() == 2);
        choose("#tagFilter", "zoo");
        waitUntil("only the tagged one", () -> visibleChecks() == 1);
        choose("#tagFilter", "");
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
