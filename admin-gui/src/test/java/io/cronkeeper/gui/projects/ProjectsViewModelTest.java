package io.cronkeeper.gui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.Workspace;
import io.cronkeeper.gui.testing.FakeClient;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectsViewModelTest {
    private final FakeClient client = new FakeClient();
    private Workspace workspace;
    private ProjectsViewModel vm;

    @BeforeEach
    void setUp() {
        workspace = new Workspace(client, Calls.synchronous(), Clock.systemUTC());
        vm = new ProjectsViewModel(workspace);
    }

    @Test
    void createdProjectIsSelectedWithItsPingKey() {
        vm.newName().set("  ");
        vm.create();
        assertThat(client.projects).isEmpty();
        vm.newName().set("Home lab");
        vm.create();
        assertThat(workspace.selectedProject().get()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Home lab"));
        assertThat(vm.pingKey().get()).startsWith("key-");
        assertThat(vm.renameTo().get()).isEqualTo("Home lab");
    }

    @Test
    void apiKeySecretIsShownOnceAndTheListKeepsOnlyThePrefix() {
        vm.newName().set("P");
        vm.create();
        vm.keyName().set("grafana");
        vm.keyReadOnly().set(true);
        vm.createApiKey();
        assertThat(vm.newSecret().get()).startsWith("hcr_secret");
        assertThat(vm.apiKeys()).singleElement().satisfies(k -> assertThat(k.readOnly()).isTrue());
        vm.revoke(vm.apiKeys().getFirst());
        assertThat(vm.apiKeys()).isEmpty();
        assertThat(client.keys).isEmpty();

        vm.newName().set("Q");
        vm.create();
        assertThat(vm.newSecret().get()).isEmpty();
    }

    @Test
    void rotatingUpdatesTheShownKeyAndTheProject() {
        vm.newName().set("P");
        vm.create();
        vm.rotatePingKey();
        assertThat(vm.pingKey().get()).startsWith("rotated-");
        assertThat(workspace.projects().getFirst().pingKey()).hasValue(vm.pingKey().get());
    }
}
