package io.cronkeeper.gui.badges;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.testing.GuiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;

/** The Badges page: the project's badge URLs for all checks and per tag, copied and previewed. */
class BadgesWindowTest extends GuiTest {
    @Test
    void badgeUrlsPerTagAreCopiedAndAnswerWithWhatThePreviewShows() throws Exception {
        Check check = api().createCheck(defaultProject(), Map.of("name", "badge me", "tags", "shiny"));
        waitUntil("the row", () -> checkRow(check.uuid()) != null);
        clickOn("#tabBadges");
        waitUntil("the tag's badges", () -> lookup("#badges-shiny").tryQuery().isPresent());
        assertThat(lookup("#badges-all").tryQuery()).isPresent();
        assertText("#badgePreview-shiny", "up");

        clickOn("#copyBadgeJson-shiny");
        String url = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(url).startsWith(server.url() + "/badge/").endsWith("/shiny.json");
        HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(res.body()).path("status").asText()).isEqualTo("up");

        server.ping(check.uuid(), "/fail", "");
        waitUntil("the preview follows the check", () -> text("#badgePreview-shiny").equals("down"));
        clickOn("#badgeThreeState");
        clickOn("#copyBadgeSvg-all");
        String threeState = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(threeState).as("three-state: no -2 after the signature").endsWith(".svg").doesNotMatch(".*/[^/]{8}-2\\.svg");
    }
}
