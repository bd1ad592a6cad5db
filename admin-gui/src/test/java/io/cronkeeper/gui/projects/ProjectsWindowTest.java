package io.cronkeeper.gui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Project;
import io.cronkeeper.gui.testing.GuiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Projects and their keys, made in the window and checked on the server. */
class ProjectsWindowTest extends GuiTest {
    @Test
    void createProjectThenAnApiKeyThatWorks() throws Exception {
        clickOn("#tabProjects");
        type("#newProjectName", "Home lab");
        clickOn("#createProject");
        waitUntil("the project on the server", () -> api().projects().stream().anyMatch(p -> p.name().equals("Home lab")));
        Project project = api().projects().stream().filter(p -> p.name().equals("Home lab")).findFirst().orElseThrow();
        waitUntil("the project selected in the sidebar", () -> text("#renameProjectField").equals("Home lab"));
        assertText("#pingKey", project.pingKey().orElseThrow());

        type("#apiKeyName", "ansible");
        clickOn("#createApiKey");
        waitUntil("the secret, shown once", () -> text("#newApiKeySecret").startsWith("hcw_"));
        String key = text("#newApiKeySecret");
        var res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v3/checks/"))
            .header("X-Api-Key", key).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(api().apiKeys(project.uuid())).singleElement().satisfies(k -> assertThat(k.name()).isEqualTo("ansible"));
        waitUntil("the key listed with a local date, not an ISO string", () -> lookup("#apiKeys .table-cell").queryAll()
            .stream().map(n -> ((javafx.scene.control.Labeled) n).getText())
            .anyMatch(t -> t != null && t.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\S+")));
        assertThat(lookup("#apiKeys .table-cell").queryAll().stream().map(n -> ((javafx.scene.control.Labeled) n).getText())
            .noneMatch(t -> t != null && t.contains("T") && t.contains("+00:00"))).isTrue();
    }

    @Test
    void rotatingThePingKeyAsksFirst() {
        Project project = api().createProject("Rotating");
        String before = project.pingKey().orElseThrow();
        clickOn("#tabProjects");
        clickOn(lookup("#projects .list-cell").match(n -> ((javafx.scene.control.Labeled) n).getText() != null
            && ((javafx.scene.control.Labeled) n).getText().startsWith("Rotating")).<javafx.scene.Node>query());
        assertText("#pingKey", before);

        clickOn("#rotatePingKey");
        clickOn("#confirmCancel");
        assertThat(api().pingKey(project.uuid()).key()).hasValue(before);

        clickOn("#rotatePingKey");
        clickOn("#confirmOk");
        waitUntil("a new key", () -> !text("#pingKey").equals(before));
        assertThat(api().pingKey(project.uuid()).key()).hasValue(text("#pingKey"));
    }
}
