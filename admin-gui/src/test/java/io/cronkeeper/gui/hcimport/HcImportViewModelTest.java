package io.cronkeeper.gui.hcimport;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.HttpAdminClient;
import io.cronkeeper.gui.client.Project;
import io.cronkeeper.gui.client.Workspace;
import io.cronkeeper.gui.testing.LiveServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import's view model over a real server (no toolkit): progress as it comes, then the project selected. */
class HcImportViewModelTest {
    @TempDir
    Path dir;
    LiveServer server;
    TinyHealthchecks hc;
    Workspace workspace;
    HcImportViewModel vm;

    @BeforeEach
    void start() {
        server = LiveServer.start(dir);
        hc = new TinyHealthchecks();
        workspace = new Workspace(new HttpAdminClient(server.endpoint()), Calls.synchronous(), Clock.systemUTC());
        vm = new HcImportViewModel(workspace);
        vm.url().set(hc.url());
        vm.apiKey().set(TinyHealthchecks.KEY);
    }

    @AfterEach
    void stop() {
        hc.close();
        server.close();
    }

    @Test
    void progressIsShownAsItComesThenTheReportAndTheNewProjectIsSelected() {
        List<String> statuses = new ArrayList<>();
        vm.status().addListener((o, was, now) -> statuses.add(now));
        vm.history().set(true);
        vm.runImport();
        assertThat(statuses).contains("Reading: 1 of 1 checks", "Writing: 1 of 1 checks");
        assertThat(vm.status().get()).isEqualTo("Imported into \"Healthchecks (127.0.0.1)\".");
        assertThat(vm.report().get()).contains("checks: 1 created", "\"NAS hook\" (webhook): created as webhook");
        assertThat(vm.running().get()).isFalse();
        assertThat(workspace.selectedProject().get().map(Project::name)).hasValue("Healthchecks (127.0.0.1)");
    }

    @Test
    void aPreviewChangesNothingAndSelectsNothing() {
        vm.preview();
        assertThat(vm.status().get()).isEqualTo("Preview: nothing was changed.");
        assertThat(vm.report().get()).startsWith("Dry run, nothing was changed.");
        assertThat(workspace.selectedProject().get()).isEmpty();
        assertThat(new HttpAdminClient(server.endpoint()).projects()).extracting(Project::name).containsExactly("Default");
    }

    @Test
    void missingFieldsAndRefusalsAreShownAsErrors() {
        vm.apiKey().set(" ");
        vm.runImport();
        assertThat(vm.error().get()).contains("read-write API key");
        vm.apiKey().set("hcw_not_the_key_of_this_project_");
        vm.runImport();
        assertThat(vm.error().get()).isEqualTo("Healthchecks refused the API key (wrong api key): use the project's "
            + "read-write key (Healthchecks: project Settings, API Access)");
        assertThat(vm.running().get()).isFalse();
    }
}
