package io.cronkeeper.gui.checks;

import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.LiveCheck;
import io.cronkeeper.gui.client.Workspace;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

/**
 * The selected check: what it is (UUID, slug, URLs), kept current by the event stream, and
 * what can be done to it (pause, resume, delete). Copying is the view's business: it takes the
 * strings from here.
 */
public final class CheckDetailViewModel {
    private final Workspace workspace;
    private final Calls calls;
    private final ReadOnlyObjectWrapper<Optional<Check>> check = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ChangeListener<Check> follow = (o, was, now) -> check.set(Optional.of(now));
    private Optional<LiveCheck> followed = Optional.empty();

    public CheckDetailViewModel(Workspace workspace, ChecksViewModel checks) {
        this.workspace = workspace;
        this.calls = workspace.calls();
        checks.selected().addListener((o, was, now) -> show(now));
        workspace.checks().addListener((javafx.collections.ListChangeListener<LiveCheck>) o -> {
            if (followed.isPresent() && workspace.check(followed.get().uuid()).isEmpty()) {
                show("");
            } else if (followed.isEmpty() && !checks.selected().get().isEmpty()) {
                show(checks.selected().get());
            }
        });
        show(checks.selected().get());
        // An error from before a reconnect is about a state of things that is gone.
        workspace.state().addListener((o, was, now) -> {
            if (now instanceof io.cronkeeper.gui.client.ConnectionState.Online) {
                message.set("");
            }
        });
    }

    private void show(String uuid) {
        followed.ifPresent(f -> f.property().removeListener(follow));
        followed = workspace.check(uuid);
        followed.ifPresent(f -> f.property().addListener(follow));
        check.set(followed.map(LiveCheck::get));
        message.set("");
    }

    public void pause() {
        check.get().ifPresent(c -> calls.run(() -> workspace.client().pause(c.uuid()), this::done, this::failed));
    }

    public void resume() {
        check.get().ifPresent(c -> calls.run(() -> workspace.client().resume(c.uuid()), this::done, this::failed));
    }

    /** The view asks for confirmation first. */
    public void delete() {
        check.get().ifPresent(c -> calls.run(() -> workspace.client().deleteCheck(c.uuid()),
            deleted -> {
                message.set("");
                workspace.remove(deleted.uuid());
            }, this::failed));
    }

    private void done(Check changed) {
        message.set("");
        workspace.put(changed);
    }

    private void failed(Exception e) {
        message.set(e.getMessage());
    }

    public ReadOnlyObjectProperty<Optional<Check>> check() {
        return check.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
