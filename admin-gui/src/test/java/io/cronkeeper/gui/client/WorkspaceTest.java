package io.cronkeeper.gui.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.testing.FakeClient;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reload's answer can be older than events that arrive while it is out: right after a
 * reconnect the app reloads, and a check created meanwhile comes as an event before the
 * snapshot that does not hold it. The snapshot must not undo those events.
 */
class WorkspaceTest {
    private final FakeClient client = new FakeClient();
    /** The server call runs when the test says, and its answer reaches the "UI thread" when the test says. */
    private final ArrayDeque<Runnable> background = new ArrayDeque<>();
    private final ArrayDeque<Runnable> ui = new ArrayDeque<>();
    private final List<ServerEvent> heard = new ArrayList<>();
    private Workspace workspace;

    @BeforeEach
    void setUp() {
        client.projects.add(FakeClient.project("p1", "Home"));
        client.checks.put("a", FakeClient.check("a", "p1", "Backup", CheckStatus.UP));
        workspace = new Workspace(client, new Calls(background::add, ui::add), Clock.systemUTC());
        workspace.onEvent(heard::add);
    }

    @Test
    void checkCreatedWhileAReloadIsOutStaysAfterItsOlderSnapshot() {
        workspace.reload();
        background.poll().run();
        Check created = FakeClient.check("b", "p1", "Certbot", CheckStatus.NEW);
        workspace.apply(new ServerEvent.CheckChanged("p1", "b", "created", Optional.of(created)));

        ui.poll().run();

        assertThat(uuids()).containsExactly("a", "b");
        assertThat(workspace.project("p1").orElseThrow().checks().total()).isEqualTo(2);
        assertThat(heard).hasSize(1);
    }

    @Test
    void checkDeletedWhileAReloadIsOutStaysDeleted() {
        workspace.reload();
        background.poll().run();
        workspace.apply(new ServerEvent.CheckChanged("p1", "a", "deleted", Optional.empty()));

        ui.poll().run();

        assertThat(uuids()).isEmpty();
    }

    @Test
    void changesWhileAReloadIsOutEndInTheNewestState() {
        workspace.reload();
        background.poll().run();
        workspace.apply(new ServerEvent.CheckChanged("p1", "a", "updated",
            Optional.of(FakeClient.check("a", "p1", "Backup", CheckStatus.DOWN))));
        workspace.apply(new ServerEvent.CheckChanged("p1", "a", "updated",
            Optional.of(FakeClient.check("a", "p1", "Backup v2", CheckStatus.UP))));

        ui.poll().run();

        assertThat(workspace.check("a").orElseThrow().get().name()).isEqualTo("Backup v2");
    }

    @Test
    void eventsBeforeAReloadWasAskedForAreNotAppliedAgain() {
        workspace.reload();
        background.poll().run();
        ui.poll().run();
        workspace.apply(new ServerEvent.CheckChanged("p1", "b", "created",
            Optional.of(FakeClient.check("b", "p1", "Certbot", CheckStatus.NEW))));
        client.checks.clear();

        workspace.reload();
        background.poll().run();
        ui.poll().run();

        assertThat(uuids()).as("the newer snapshot wins over an event from before it was asked for").isEmpty();
    }

    @Test
    void overflowReloadsOnce() {
        workspace.apply(new ServerEvent.Overflow());
        assertThat(background).hasSize(1);
        background.poll().run();
        ui.poll().run();
        assertThat(background).isEmpty();
        assertThat(uuids()).containsExactly("a");
    }

    private List<String> uuids() {
        return workspace.checks().stream().map(LiveCheck::uuid).toList();
    }
}
