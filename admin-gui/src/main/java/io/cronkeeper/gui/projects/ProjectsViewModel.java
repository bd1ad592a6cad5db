package io.cronkeeper.gui.projects;

import io.cronkeeper.gui.client.ApiKey;
import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.PingKey;
import io.cronkeeper.gui.client.Project;
import io.cronkeeper.gui.client.Workspace;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Projects and their keys: create, rename, delete; the ping key shown and rotated; API keys
 * listed by prefix, created (the secret shown once) and revoked. Works on the project selected
 * in the sidebar.
 */
public final class ProjectsViewModel {
    private final Workspace workspace;
    private final Calls calls;
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty rename = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper pingKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pingUrlBase = new ReadOnlyStringWrapper("");
    private final ObservableList<ApiKey> apiKeys = FXCollections.observableArrayList();
    private final StringProperty keyName = new SimpleStringProperty("");
    private final BooleanProperty keyReadOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper newSecret = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ProjectsViewModel(Workspace workspace) {
        this.workspace = workspace;
        this.calls = workspace.calls();
        workspace.selectedProject().addListener((o, was, now) -> {
            if (!was.map(Project::uuid).equals(now.map(Project::uuid))) {
                load(now);
            } else {
                now.ifPresent(p -> showPingKey(new PingKey(p.pingKey(), p.pingUrlBase())));
            }
        });
        load(workspace.selectedProject().get());
    }

    private void load(Optional<Project> project) {
        rename.set(project.map(Project::name).orElse(""));
        newSecret.set("");
        message.set("");
        apiKeys.clear();
        pingKey.set("");
        pingUrlBase.set("");
        project.ifPresent(p -> {
            showPingKey(new PingKey(p.pingKey(), p.pingUrlBase()));
            calls.run(() -> workspace.client().apiKeys(p.uuid()), keys -> {
                if (selected().filter(s -> s.uuid().equals(p.uuid())).isPresent()) {
                    apiKeys.setAll(keys);
                }
            }, e -> message.set(e.getMessage()));
        });
    }

    private Optional<Project> selected() {
        return workspace.selectedProject().get();
    }

    public void create() {
        String name = newName.get().strip();
        if (name.isEmpty()) {
            message.set("Enter a name for the new project.");
            return;
        }
        calls.run(() -> workspace.client().createProject(name), p -> {
            workspace.putProject(p);
            workspace.selectedProject().set(Optional.of(p));
            newName.set("");
            message.set("Created project " + p.name() + ".");
        }, e -> message.set(e.getMessage()));
    }

    public void rename() {
        selected().ifPresent(p -> calls.run(() -> workspace.client().renameProject(p.uuid(), rename.get()), renamed -> {
            workspace.putProject(renamed);
            message.set("Renamed to " + renamed.name() + ".");
        }, e -> message.set(e.getMessage())));
    }

    /** Deletes the project with its checks, channels and keys; the view confirms first. */
    public void delete() {
        selected().ifPresent(p -> calls.run(() -> workspace.client().deleteProject(p.uuid()), deleted -> {
            workspace.removeProject(deleted.uuid());
            message.set("Deleted project " + deleted.name() + ".");
        }, e -> message.set(e.getMessage())));
    }

    /** Makes a new ping key; slug URLs with the old one stop working at once. The view confirms first. */
    public void rotatePingKey() {
        selected().ifPresent(p -> calls.run(() -> workspace.client().rotatePingKey(p.uuid()), key -> {
            showPingKey(key);
            workspace.putProject(new Project(p.uuid(), p.name(), key.key(), key.urlBase(), p.checks()));
            message.set("New ping key made. Update every slug URL in crontabs and scripts.");
        }, e -> message.set(e.getMessage())));
    }

    private void showPingKey(PingKey key) {
        pingKey.set(key.key().orElse("(none)"));
        pingUrlBase.set(key.urlBase().orElse(""));
    }

    public void createApiKey() {
        String name = keyName.get().strip();
        if (name.isEmpty()) {
            message.set("Name the key after what will use it, e.g. \"ansible\" or \"grafana\".");
            return;
        }
        boolean readOnly = keyReadOnly.get();
        selected().ifPresent(p -> calls.run(() -> workspace.client().createApiKey(p.uuid(), name, readOnly), key -> {
            apiKeys.add(key);
            newSecret.set(key.secret().orElse(""));
            keyName.set("");
            message.set("Copy the key now: it is shown only this once.");
        }, e -> message.set(e.getMessage())));
    }

    public void revoke(ApiKey key) {
        selected().ifPresent(p -> calls.run(() -> workspace.client().revokeApiKey(p.uuid(), key.id()), revoked -> {
            apiKeys.removeIf(k -> k.id() == revoked.id());
            message.set("Revoked " + revoked.prefix() + "…; it is refused from now on.");
        }, e -> message.set(e.getMessage())));
    }

    public StringProperty newName() {
        return newName;
    }

    public StringProperty renameTo() {
        return rename;
    }

    public ReadOnlyStringProperty pingKey() {
        return pingKey.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pingUrlBase() {
        return pingUrlBase.getReadOnlyProperty();
    }

    public ObservableList<ApiKey> apiKeys() {
        return apiKeys;
    }

    public StringProperty keyName() {
        return keyName;
    }

    public BooleanProperty keyReadOnly() {
        return keyReadOnly;
    }

    /** The secret of the key just created, "" otherwise. */
    public ReadOnlyStringProperty newSecret() {
        return newSecret.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public Workspace workspace() {
        return workspace;
    }
}
