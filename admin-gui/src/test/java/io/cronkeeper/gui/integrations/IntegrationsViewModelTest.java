package io.cronkeeper.gui.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.CheckStatus;
import io.cronkeeper.gui.client.ClientException;
import io.cronkeeper.gui.client.DeliveryAttempt;
import io.cronkeeper.gui.client.DeliveryResult;
import io.cronkeeper.gui.client.Flip;
import io.cronkeeper.gui.client.ServerEvent;
import java.time.Instant;
import io.cronkeeper.gui.client.Workspace;
import io.cronkeeper.gui.testing.FakeClient;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntegrationsViewModelTest {
    private final FakeClient client = new FakeClient();
    private Workspace workspace;
    private IntegrationsViewModel vm;

    @BeforeEach
    void setUp() {
        client.projects.add(FakeClient.project("p1", "Home"));
        client.checks.put("c1", FakeClient.check("c1", "p1", "Backup", CheckStatus.UP));
        workspace = new Workspace(client, Calls.synchronous(), Clock.systemUTC());
        workspace.reload();
        workspace.selectedProject().set(workspace.project("p1"));
        vm = new IntegrationsViewModel(workspace);
    }

    @Test
    void kindsAreTheServersAndUnknownOnesAreEditedAsJson() {
        client.kinds = List.of("webhook", "email", "carrier-pigeon");
        vm.loadKinds();
        assertThat(vm.kinds()).containsExactly("carrier-pigeon", "email", "webhook");
        vm.kind().set("carrier-pigeon");
        assertThat(vm.fields()).isEmpty();
        vm.json().set("{\"loft\": \"north\"}");
        vm.save();
        assertThat(client.sent.getLast()).isEqualTo(Map.of("loft", "north"));
        assertThat(vm.channels()).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo("carrier-pigeon"));
    }

    @Test
    void formFieldsAreMergedIntoTheJsonConfig() {
        vm.kind().set("ntfy");
        assertThat(vm.fields()).extracting(ConfigField::key).containsExactly("url", "topic");
        vm.fields().getFirst().value().set("https://ntfy.example.org");
        vm.json().set("{\"priority\": 5}");
        vm.name().set("phone");
        vm.save();
        assertThat(client.sent.getLast()).isEqualTo(Map.of("priority", 5, "url", "https://ntfy.example.org"));
        vm.json().set("[1]");
        vm.save();
        assertThat(vm.message().get()).startsWith("The config is not a JSON object");
    }

    @Test
    void testResultSaysWhatHappened() {
        vm.kind().set("email");
        vm.fields().getFirst().value().set("ops@example.org");
        vm.save();
        vm.sendTest();
        assertThat(vm.testResult().get()).isEqualTo("This server cannot send test notifications yet (it has no test endpoint).");
        client.testResult = () -> new DeliveryResult(false, OptionalInt.of(550), "mailbox unavailable");
        vm.sendTest();
        assertThat(vm.testResult().get()).isEqualTo("Not delivered (550): mailbox unavailable");
        client.testResult = () -> new DeliveryResult(true, OptionalInt.of(250), "");
        vm.sendTest();
        assertThat(vm.testResult().get()).isEqualTo("Delivered (250).");
    }

    @Test
    void deliveryLogIsLoadedOnSelectionAfterATestSendAndOnFlips() {
        vm.kind().set("email");
        vm.fields().getFirst().value().set("ops@example.org");
        vm.save();
        assertThat(vm.attempts()).isEmpty();
        assertThat(vm.attemptsNote().get()).as("the empty table says so itself").isEmpty();

        client.attempts.add(attempt("test", true, 250, ""));
        client.testResult = () -> new DeliveryResult(true, OptionalInt.of(250), "");
        vm.sendTest();
        assertThat(vm.attempts()).extracting(DeliveryAttempt::kind).containsExactly("test");
        assertThat(vm.attemptsNote().get()).isEmpty();

        client.attempts.addFirst(attempt("alert", false, 550, "mailbox unavailable"));
        workspace.apply(new ServerEvent.Flipped("p1", "c1",
            new Flip(Instant.parse("2026-01-01T00:00:00Z"), "up", "down", "timeout"), Optional.empty()));
        assertThat(vm.attempts()).extracting(DeliveryAttempt::kind, DeliveryAttempt::error)
            .containsExactly(tuple("alert", "mailbox unavailable"), tuple("test", ""));

        vm.newChannel();
        assertThat(vm.attempts()).as("a new channel has no log").isEmpty();
    }

    private static DeliveryAttempt attempt(String kind, boolean delivered, int code, String error) {
        return new DeliveryAttempt(Instant.parse("2026-01-01T00:00:00Z"), kind, "down", delivered, OptionalInt.of(code),
            error);
    }

    @Test
    void refusalsShowTheServersWords() {
        vm.kind().set("webhook");
        client.refuseNext(new ClientException.Rejected(400, "webhook config needs \"url\", an http or https URL"));
        vm.save();
        assertThat(vm.message().get()).isEqualTo("webhook config needs \"url\", an http or https URL");
    }

    @Test
    void assignmentTogglesAreSavedAtOnce() {
        vm.kind().set("email");
        vm.fields().getFirst().value().set("a@b");
        vm.assignToAll().set(false);
        vm.save();
        assertThat(client.checks.get("c1").channels()).isEmpty();
        var assign = new AssignmentViewModel(workspace);
        assign.show(workspace.check("c1").map(l -> l.get()));
        assertThat(assign.assignments()).hasSize(1);
        assign.assignments().getFirst().on().set(true);
        assertThat(client.checks.get("c1").channels()).containsExactly(client.channels.getFirst().uuid());
        assertThat(workspace.check("c1").orElseThrow().get().channels()).hasSize(1);
        assign.show(Optional.empty());
        assertThat(assign.assignments()).isEmpty();
    }

    @Test
    void aNewChannelAlertsForEveryCheckUnlessTheUserSaysNot() {
        client.checks.put("c2", FakeClient.check("c2", "p1", "Certbot", CheckStatus.UP));
        workspace.reload();
        assertThat(vm.assignToAll().get()).as("on by default, as in Healthchecks").isTrue();
        vm.kind().set("email");
        vm.fields().getFirst().value().set("ops@example.org");
        vm.save();
        String uuid = client.channels.getFirst().uuid();
        assertThat(client.assignedToAllOnCreate).containsExactly(true);
        assertThat(workspace.check("c1").orElseThrow().get().channels()).containsExactly(uuid);
        assertThat(workspace.check("c2").orElseThrow().get().channels()).containsExactly(uuid);
    }

    @Test
    void assignToAllChecksReachesTheChecksWithoutItAndSaysHowMany() {
        vm.kind().set("email");
        vm.fields().getFirst().value().set("ops@example.org");
        vm.assignToAll().set(false);
        vm.save();
        client.checks.put("c2", FakeClient.check("c2", "p1", "Certbot", CheckStatus.UP));
        client.checks.put("c3", FakeClient.check("c3", "p1", "Sync", CheckStatus.UP));
        workspace.reload();

        vm.assignToAllChecks();
        String uuid = client.channels.getFirst().uuid();
        assertThat(vm.message().get()).isEqualTo("email now alerts for 3 more checks.");
        assertThat(workspace.checks()).allSatisfy(l -> assertThat(l.get().channels()).containsExactly(uuid));
        vm.assignToAllChecks();
        assertThat(vm.message().get()).isEqualTo("Every check of the project already uses email.");
    }

    @Test
    void webhookFormSendsSeparateDownAndUpRequests() {
        vm.kind().set("webhook");
        assertThat(vm.fields()).extracting(ConfigField::key).containsExactly("down.url", "down.method", "down.headers",
            "down.body", "up.url", "up.method", "up.headers", "up.body");
        field("down.url").set("https://example.org/down");
        field("down.method").set("put");
        field("down.headers").set("Authorization: Bearer x\nX-Tag: cron");
        field("down.body").set("$NAME is $STATUS");
        field("up.url").set("https://example.org/up");
        vm.json().set("{\"url\": \"https://old.example.org\", \"timeout\": 5}");
        vm.name().set("hook");
        vm.save();
        assertThat(client.sent.getLast()).isEqualTo(Map.of("timeout", 5,
            "down", Map.of("url", "https://example.org/down", "method", "PUT",
                "headers", Map.of("Authorization", "Bearer x", "X-Tag", "cron"), "body", "$NAME is $STATUS"),
            "up", Map.of("url", "https://example.org/up")));

        vm.edit(Optional.of(client.channels.getFirst()));
        assertThat(field("down.headers").get()).isEqualTo("Authorization: Bearer x\nX-Tag: cron");
        assertThat(field("down.method").get()).isEqualTo("PUT");
    }

    @Test
    void aWebhookWithOneRequestShowsItForBothDirections() {
        client.channels.add(new io.cronkeeper.gui.client.Channel("w1", "p1", "old", "webhook",
            new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(Map.of("url", "https://one.example.org",
                "method", "POST"))));
        workspace.reload();
        vm.edit(Optional.of(client.channels.getLast()));
        assertThat(field("down.url").get()).isEqualTo("https://one.example.org");
        assertThat(field("up.url").get()).isEqualTo("https://one.example.org");
        assertThat(field("up.method").get()).isEqualTo("POST");
    }

    private javafx.beans.property.StringProperty field(String key) {
        return vm.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }
}
