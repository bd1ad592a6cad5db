package io.cronkeeper.gui.badges;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.BadgeSet;
import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.CheckStatus;
import io.cronkeeper.gui.client.ClientException;
import io.cronkeeper.gui.client.Workspace;
import io.cronkeeper.gui.testing.FakeClient;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BadgesViewModelTest {
    private final FakeClient client = new FakeClient();
    private Workspace workspace;

    @BeforeEach
    void setUp() {
        client.projects.add(FakeClient.project("p1", "Home"));
        client.projects.add(FakeClient.project("p2", "Work"));
        client.checks.put("a", FakeClient.check("a", "p1", "Backup", CheckStatus.UP, "db"));
        client.checks.put("b", FakeClient.check("b", "p1", "Certbot", CheckStatus.GRACE, "web"));
        client.checks.put("c", FakeClient.check("c", "p2", "Report", CheckStatus.DOWN, "db"));
        workspace = new Workspace(client, Calls.synchronous(), Clock.systemUTC());
        workspace.reload();
    }

    @Test
    void listsTheSelectedProjectsBadgesAllChecksFirst() {
        var vm = new BadgesViewModel(workspace);
        assertThat(vm.project().get()).as("the first project when none is selected").isEqualTo("Home");
        assertThat(vm.badges()).extracting(BadgeSet::tag).containsExactly("*", "db", "web");
        workspace.selectedProject().set(workspace.project("p2"));
        assertThat(vm.project().get()).isEqualTo("Work");
        assertThat(vm.badges()).extracting(BadgeSet::tag).containsExactly("*", "db");
    }

    @Test
    void previewsShowWhatTheServerWouldAnswer() {
        var vm = new BadgesViewModel(workspace);
        BadgeSet all = vm.badges().getFirst();
        BadgeSet web = vm.badges().getLast();
        assertThat(vm.status(all)).as("a late check shows up on a two-state badge").isEqualTo("up");
        vm.threeState().set(true);
        assertThat(vm.status(web)).isEqualTo("late");
        assertThat(vm.status(vm.badges().get(1))).as("db of Home only").isEqualTo("up");
    }

    @Test
    void aNewTagBringsItsBadgeAndAnOldServerIsExplained() {
        var vm = new BadgesViewModel(workspace);
        client.checks.put("d", FakeClient.check("d", "p1", "Proxy", CheckStatus.UP, "net"));
        workspace.put(client.checks.get("d"));
        assertThat(vm.badges()).extracting(BadgeSet::tag).contains("net");
        client.refuseNext(new ClientException.Unsupported("no admin API route GET /projects/p1/badges"));
        vm.reload();
        assertThat(vm.message().get()).contains("does not list badge URLs");
    }
}
