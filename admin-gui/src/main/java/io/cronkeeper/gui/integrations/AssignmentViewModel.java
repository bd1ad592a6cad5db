package io.cronkeeper.gui.integrations;

import io.cronkeeper.gui.client.Channel;
import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.Workspace;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Which of its project's channels a check alerts; each toggle is saved at once. */
public final class AssignmentViewModel {
    /** One channel and whether the check uses it. */
    public record Assignment(Channel channel, BooleanProperty on) {
    }

    private final Workspace workspace;
    private final ObservableList<Assignment> assignments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Optional<Check> check = Optional.empty();
    private boolean loading;

    public AssignmentViewModel(Workspace workspace) {
        this.workspace = workspace;
        workspace.channels().addListener((javafx.beans.InvalidationListener) o -> rebuild());
    }

    public void show(Optional<Check> value) {
        boolean same = value.map(Check::uuid).equals(check.map(Check::uuid))
            && value.map(Check::channels).equals(check.map(Check::channels));
        check = value;
        if (!same) {
            rebuild();
        }
    }

    private void rebuild() {
        loading = true;
        assignments.clear();
        check.ifPresent(c -> workspace.channels().stream().filter(ch -> ch.project().equals(c.project())).forEach(ch -> {
            var on = new SimpleBooleanProperty(c.channels().contains(ch.uuid()));
            on.addListener((o, was, now) -> save());
            assignments.add(new Assignment(ch, on));
        }));
        message.set(check.isPresent() && assignments.isEmpty()
            ? "This project has no integrations yet; add one under Integrations." : "");
        loading = false;
    }

    private void save() {
        if (loading || check.isEmpty()) {
            return;
        }
        String uuid = check.get().uuid();
        List<String> on = assignments.stream().filter(a -> a.on().get()).map(a -> a.channel().uuid()).toList();
        workspace.calls().run(() -> workspace.client().assignChannels(uuid, on), updated -> {
            workspace.put(updated);
            message.set("Saved.");
        }, e -> message.set(e.getMessage()));
    }

    public ObservableList<Assignment> assignments() {
        return assignments;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
