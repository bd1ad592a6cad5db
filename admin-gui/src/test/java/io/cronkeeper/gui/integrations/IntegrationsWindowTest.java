package io.cronkeeper.gui.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Channel;
import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.testing.GuiTest;
import io.cronkeeper.gui.testing.WebhookReceiver;
import io.cronkeeper.gui.client.DeliveryAttempt;
import java.util.List;
import javafx.scene.control.TableView;
import java.util.Map;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Adding a channel of a kind the server lists, refusals in the server's words, test sending, assignment. */
class IntegrationsWindowTest extends GuiTest {
    static WebhookReceiver receiver;

    @BeforeAll
    static void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<DeliveryAttempt> attempts() {
        return (TableView<DeliveryAttempt>) lookup("#attempts").query();
    }

    @Test
    @SuppressWarnings("unchecked")
    void addWebhookTestItAndAssignItToACheck() {
        Check check = api().createCheck(defaultProject(), Map.of("name", "alerting"));
        clickOn(lookup("#projects .list-cell").match(n -> ((javafx.scene.control.Labeled) n).getText() != null
            && ((javafx.scene.control.Labeled) n).getText().startsWith("Default")).<javafx.scene.Node>query());
        clickOn("#tabIntegrations");
        waitUntil("the server's kinds", () -> ((ComboBox<?>) lookup("#channelKind").query()).getItems().size() >= 2);
        assertThat(onFx(() -> List.copyOf(((ComboBox<String>) lookup("#channelKind").query()).getItems()))).contains("webhook", "email");

        choose("#channelKind", "webhook");
        type("#channelName", "ops hook");
        type("#config-down-url", "not a url");
        clickOn("#saveChannel");
        waitUntil("the server's refusal", () -> text("#channelMessage").contains("is not an http or https URL"));

        String hook = receiver.url();
        type("#config-down-url", hook);
        clickOn("#saveChannel");
        waitUntil("saved", () -> text("#channelMessage").startsWith("Saved"));
        Channel channel = api().channels().stream().filter(c -> c.name().equals("ops hook")).findFirst().orElseThrow();
        assertThat(channel.config().path("down").path("url").asText()).isEqualTo(hook);

        clickOn("#testChannel");
        waitUntil("a test result", () -> !text("#testResult").isEmpty() && !text("#testResult").startsWith("Sending"));
        assertThat(text("#testResult")).isEqualTo("Delivered (200).");
        assertThat(receiver.received()).hasSize(1);
        waitUntil("the attempt in the delivery log", () -> onFx(() -> attempts().getItems().size()) == 1);
        DeliveryAttempt attempt = onFx(() -> attempts().getItems().getFirst());
        assertThat(attempt.kind()).isEqualTo("test");
        assertThat(attempt.delivered()).isTrue();
        assertThat(attempt.statusCode()).hasValue(200);

        // A new integration alerts every existing check (the server's default, as Healthchecks' form).
        assertThat(api().check(check.uuid()).channels()).contains(channel.uuid());
        clickOn("#tabChecks");
        selectCheck(check.uuid());
        clickOn("#tabAlerts");
        waitUntil("shown as assigned", () -> onFx(() -> ((javafx.scene.control.CheckBox) lookup("#assign-" + channel.uuid())
            .query()).isSelected()));
        clickOn("#assign-" + channel.uuid());
        waitUntil("unassigned on the server", () -> !api().check(check.uuid()).channels().contains(channel.uuid()));
        clickOn("#assign-" + channel.uuid());
        waitUntil("assigned on the server", () -> api().check(check.uuid()).channels().contains(channel.uuid()));
    }

    @Test
    void aCheckWithoutIntegrationIsFlaggedUntilOneIsAssigned() {
        Check check = api().createCheck(defaultProject(), Map.of("name", "unheard", "channels", ""));
        selectCheck(check.uuid());
        assertThat(visible("#noIntegrationWarning")).isTrue();
        assertThat(text("#noIntegrationWarning")).contains("Alerts are off");
        waitUntil("the warning sign in the row", () -> checkRow(check.uuid()).lookupAll(".no-integration-icon").stream()
            .anyMatch(javafx.scene.Node::isVisible));

        Channel mail = api().createChannel(defaultProject(), "unheard mail", "email", Map.of("address", "ops@example.org"), false);
        api().assignChannels(check.uuid(), List.of(mail.uuid()));
        waitUntil("the warning gone", () -> !visible("#noIntegrationWarning")
            && checkRow(check.uuid()).lookupAll(".no-integration-icon").stream().noneMatch(javafx.scene.Node::isVisible));
    }

    @Test
    void newIntegrationsReachEveryCheckAndAssignToAllReachesTheRest() {
        String project = defaultProject();
        Check before = api().createCheck(project, Map.of("name", "made before", "channels", ""));
        selectCheck(before.uuid());
        clickOn(lookup("#projects .list-cell").match(n -> ((javafx.scene.control.Labeled) n).getText() != null
            && ((javafx.scene.control.Labeled) n).getText().startsWith("Default")).<javafx.scene.Node>query());
        clickOn("#tabIntegrations");
        waitUntil("the server's kinds", () -> ((ComboBox<?>) lookup("#channelKind").query()).getItems().size() >= 2);
        clickOn("#newChannel");
        choose("#channelKind", "email");
        type("#channelName", "everyone's mail");
        type("#config-address", "ops@example.org");
        assertThat(onFx(() -> ((javafx.scene.control.CheckBox) lookup("#assignToAllOnCreate").query()).isSelected())).isTrue();
        clickOn("#saveChannel");
        waitUntil("saved", () -> text("#channelMessage").startsWith("Saved"));
        Channel mail = api().channels().stream().filter(c -> c.name().equals("everyone's mail")).findFirst().orElseThrow();
        assertThat(api().check(before.uuid()).channels()).contains(mail.uuid());

        Channel quiet = api().createChannel(project, "quiet hook", "webhook", Map.of("url", receiver.url()), false);
        Check later = api().createCheck(project, Map.of("name", "made later", "channels", ""));
        waitUntil("the new integration listed", () -> lookup("#channels .list-cell").queryAll().stream()
            .anyMatch(n -> ((javafx.scene.control.Labeled) n).getText() != null
                && ((javafx.scene.control.Labeled) n).getText().startsWith("quiet hook")));
        clickOn(lookup("#channels .list-cell").match(n -> ((javafx.scene.control.Labeled) n).getText() != null
            && ((javafx.scene.control.Labeled) n).getText().startsWith("quiet hook")).<javafx.scene.Node>query());
        clickOn("#assignAllChecks");
        waitUntil("the answer", () -> text("#channelMessage").contains("now alerts for"));
        assertThat(api().check(later.uuid()).channels()).contains(quiet.uuid());
        assertThat(api().check(before.uuid()).channels()).contains(quiet.uuid(), mail.uuid());
        clickOn("#tabChecks");
        selectCheck(later.uuid());
        waitUntil("no warning any more", () -> !visible("#noIntegrationWarning"));
    }
}
