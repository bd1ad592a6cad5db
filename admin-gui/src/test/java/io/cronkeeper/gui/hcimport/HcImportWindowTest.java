package io.cronkeeper.gui.hcimport;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Channel;
import io.cronkeeper.gui.testing.GuiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Import from Healthchecks…": preview, import, the new project selected, its integration incomplete. */
class HcImportWindowTest extends GuiTest {
    static TinyHealthchecks hc;

    @BeforeAll
    static void startHealthchecks() {
        hc = new TinyHealthchecks();
    }

    @AfterAll
    static void stopHealthchecks() {
        hc.close();
    }

    /** Waits, and on a timeout says what the window showed. */
    void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            waitUntil(what, condition);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; url=" + text("#hcUrl") + " key=" + text("#hcApiKey")
                + " status=" + text("#hcStatus") + " error=" + text("#hcError") + " report=" + text("#hcReport"), e);
        }
    }

    @Test
    void previewThenImportSelectsTheProjectAndThePingUrlAnswers() throws Exception {
        clickOn("#importHealthchecks");
        type("#hcUrl", hc.url());
        type("#hcApiKey", TinyHealthchecks.KEY);
        clickOn("#hcPreview");
        waitFor("the plan", () -> text("#hcReport").contains("Dry run, nothing was changed"));
        assertThat(text("#hcReport")).contains("checks: 1 would be created", "\"NAS hook\" (webhook)");
        assertThat(api().projects()).noneMatch(p -> p.name().equals("Moved in"));

        @SuppressWarnings("unchecked")
        var target = (javafx.scene.control.ComboBox<String>) lookup("#hcProject").query();
        fx(() -> target.getEditor().setText("Moved in"));
        clickOn("#hcImport");
        waitFor("the report", () -> text("#hcStatus").startsWith("Imported into \"Moved in\""));
        assertThat(text("#hcReport")).contains("checks: 1 created", "Enter the settings of 1 integration(s)");
        assertThat(api().projects()).anyMatch(p -> p.name().equals("Moved in"));
        var ping = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/ping/"
            + TinyHealthchecks.CHECK)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ping.statusCode()).isEqualTo(200);

        fx(() -> ((javafx.stage.Stage) lookup("#hcReport").query().getScene().getWindow()).close());
        clickOn("#tabProjects");
        waitUntil("the imported project selected", () -> text("#renameProjectField").equals("Moved in"));
        clickOn("#tabIntegrations");
        waitUntil("the imported integration, marked incomplete", () -> lookup("#channels .list-cell").queryAll().stream()
            .map(n -> ((Labeled) n).getText()).anyMatch(t -> t != null && t.startsWith("NAS hook")
                && t.contains("incomplete")));
        @SuppressWarnings("unchecked")
        ListView<Channel> list = (ListView<Channel>) lookup("#channels").query();
        assertThat(onFx(() -> list.getItems().stream().allMatch(Channel::needsSettings))).isTrue();
    }

    @Test
    void aRefusedKeyIsShownInHealthchecksWords() {
        clickOn("#importHealthchecks");
        type("#hcUrl", hc.url());
        type("#hcApiKey", "hcw_not_the_key_of_this_project_");
        clickOn("#hcImport");
        waitFor("the refusal", () -> text("#hcError").contains("wrong api key"));
        assertThat(text("#hcReport")).isEmpty();
        fx(() -> ((javafx.stage.Stage) lookup("#hcReport").query().getScene().getWindow()).close());
    }
}
