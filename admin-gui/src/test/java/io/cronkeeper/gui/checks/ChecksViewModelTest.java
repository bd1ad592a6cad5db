package io.cronkeeper.gui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.CheckStatus;
import io.cronkeeper.gui.client.LiveCheck;
import io.cronkeeper.gui.client.ServerEvent;
import io.cronkeeper.gui.client.Workspace;
import io.cronkeeper.gui.testing.FakeClient;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChecksViewModelTest {
    private final FakeClient client = new FakeClient();
    private Workspace workspace;
    private ChecksViewModel vm;

    @BeforeEach
    void setUp() {
        client.projects.add(FakeClient.project("p1", "Home"));
        client.projects.add(FakeClient.project("p2", "Work"));
        client.checks.put("a", FakeClient.check("a", "p1", "Backup", CheckStatus.DOWN, "db"));
        client.checks.put("b", FakeClient.check("b", "p1", "Certbot", CheckStatus.GRACE, "web"));
        client.checks.put("c", FakeClient.check("c", "p2", "Report", CheckStatus.UP, "db"));
        workspace = new Workspace(client, Calls.synchronous(), Clock.systemUTC());
        vm = new ChecksViewModel(workspace);
        workspace.reload();
    }

    private java.util.List<String> visible() {
        return vm.visible().stream().map(LiveCheck::uuid).toList();
    }

    @Test
    void narrowsByProjectSearchStatusAndTag() {
        assertThat(visible()).containsExactly("a", "b", "c");
        workspace.selectedProject().set(workspace.project("p1"));
        assertThat(visible()).containsExactly("a", "b");
        vm.search().set("cert");
        assertThat(visible()).containsExactly("b");
        vm.search().set("");
        vm.status().set(StatusFilter.DOWN);
        assertThat(visible()).containsExactly("a");
        vm.status().set(StatusFilter.ALL);
        vm.pickedTags().add("web");
        assertThat(visible()).containsExactly("b");
    }

    @Test
    void summaryNamesTheWorstFirstAndFollowsEvents() {
        assertThat(vm.summary().get()).isEqualTo("1 down, 1 late");
        assertThat(vm.title("local")).isEqualTo("1 down, 1 late · All projects · Cronkeeper (local)");
        var up = FakeClient.check("a", "p1", "Backup", CheckStatus.UP, "db");
        workspace.apply(new ServerEvent.CheckChanged("p1", "a", "updated", Optional.of(up)));
        assertThat(vm.summary().get()).isEqualTo("1 late");
        workspace.apply(new ServerEvent.CheckChanged("p1", "b", "deleted", Optional.empty()));
        assertThat(vm.summary().get()).isEqualTo("all 2 fine");
        assertThat(visible()).containsExactly("a", "c");
    }

    @Test
    void tagsOnOfferFollowTheProject() {
        assertThat(vm.tags()).containsExactly("db", "web");
        workspace.selectedProject().set(workspace.project("p2"));
        assertThat(vm.tags()).containsExactly("db");
    }

    @Test
    void deletingAProjectTakesItsChecksAlong() {
        workspace.apply(new ServerEvent.ProjectChanged("deleted", FakeClient.project("p1", "Home")));
        assertThat(visible()).containsExactly("c");
        assertThat(workspace.projects()).extracting(p -> p.name()).containsExactly("Work");
    }

    @Test
    void aCheckTheFilterHidesIsNoLongerSelected() {
        vm.selected().set("a");
        vm.search().set("cert");
        assertThat(vm.selected().get()).isEmpty();
        assertThat(vm.selectedCheck()).isEmpty();
        vm.search().set("");
        vm.selected().set("b");
        vm.status().set(StatusFilter.ALL);
        vm.pickedTags().add("web");
        assertThat(vm.selected().get()).isEqualTo("b");
    }

    @Test
    void severalPickedTagsShowChecksWithAllOfThem() {
        client.checks.put("d", FakeClient.check("d", "p1", "Proxy", CheckStatus.UP, "web", "db"));
        workspace.reload();
        vm.pickedTags().add("db");
        assertThat(visible()).containsExactlyInAnyOrder("a", "c", "d");
        vm.pickedTags().add("web");
        assertThat(visible()).containsExactly("d");
        vm.pickedTags().clear();
        assertThat(visible()).hasSize(4);
    }
}
