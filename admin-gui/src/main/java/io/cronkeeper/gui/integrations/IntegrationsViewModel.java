package io.cronkeeper.gui.integrations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.Channel;
import io.cronkeeper.gui.client.ClientException;
import io.cronkeeper.gui.client.DeliveryAttempt;
import io.cronkeeper.gui.client.DeliveryResult;
import io.cronkeeper.gui.client.ServerEvent;
import io.cronkeeper.gui.client.Project;
import io.cronkeeper.gui.client.Workspace;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The project's channels: add one of a kind the server offers, edit its name and config,
 * delete it, and send a test notification to see whether it arrives. The selected channel's
 * delivery log is fetched when it is selected, after a test send, and when a check flips
 * (a flip queues alerts, so new attempts follow).
 */
public final class IntegrationsViewModel {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;
    private final Calls calls;
    private final FilteredList<Channel> channels;
    private final ObservableList<String> kinds = FXCollections.observableArrayList();
    private final StringProperty kind = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<ConfigField> fields = FXCollections.observableArrayList();
    private final StringProperty json = new SimpleStringProperty("{}");
    /** For a new channel: alert for every existing check of the project too (Healthchecks' default). */
    private final javafx.beans.property.BooleanProperty assignToAll = new javafx.beans.property.SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");
    private final ObservableList<DeliveryAttempt> attempts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper attemptsNote = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyObjectWrapper<Optional<Channel>> editingProperty =
        new javafx.beans.property.ReadOnlyObjectWrapper<>(Optional.empty());
    private Optional<Channel> editing = Optional.empty();

    public IntegrationsViewModel(Workspace workspace) {
        this.workspace = workspace;
        this.calls = workspace.calls();
        this.channels = new FilteredList<>(workspace.channels());
        workspace.selectedProject().addListener((o, was, now) -> filter(now));
        filter(workspace.selectedProject().get());
        workspace.onEvent(e -> {
            if (e instanceof ServerEvent.Flipped) {
                loadAttempts();
            }
        });
        kind.addListener((o, was, now) -> {
            if (editing.isEmpty() || !editing.get().kind().equals(now)) {
                fields.setAll(ChannelForms.of(now == null ? "" : now).stream().map(ConfigField::new).toList());
            }
        });
    }

    private void filter(Optional<Project> project) {
        channels.setPredicate(c -> project.map(p -> p.uuid().equals(c.project())).orElse(true));
    }

    /** Asks the server which kinds it supports; the kinds of existing channels count too. */
    public void loadKinds() {
        calls.run(() -> workspace.client().channelKinds(), list -> {
            var all = new TreeSet<>(list);
            workspace.channels().forEach(c -> all.add(c.kind()));
            kinds.setAll(all);
            if (kind.get().isEmpty() && !kinds.isEmpty()) {
                kind.set(kinds.getFirst());
            }
        }, e -> message.set(e.getMessage()));
    }

    public void newChannel() {
        editing = Optional.empty();
        editingProperty.set(editing);
        assignToAll.set(true);
        name.set("");
        json.set("{}");
        fields.forEach(f -> f.value().set(""));
        message.set("");
        testResult.set("");
        attempts.clear();
        attemptsNote.set("");
    }

    public void edit(Optional<Channel> channel) {
        if (channel.isEmpty()) {
            newChannel();
            return;
        }
        Channel c = channel.get();
        editing = channel;
        editingProperty.set(editing);
        name.set(c.name());
        fields.setAll(ChannelForms.of(c.kind()).stream().map(ConfigField::new).toList());
        kind.set(c.kind());
        fields.forEach(f -> f.value().set(ConfigPaths.read(c.config(), f)));
        json.set(c.config().toPrettyString());
        message.set("");
        testResult.set("");
        attempts.clear();
        loadAttempts();
    }

    /** Fetches the delivery log of the channel in the form (nothing while a new one is made). */
    public void loadAttempts() {
        editing.ifPresent(c -> calls.run(() -> workspace.client().attempts(c.uuid()), list -> {
            if (editing.isPresent() && editing.get().uuid().equals(c.uuid())) {
                attempts.setAll(list);
                attemptsNote.set("");
            }
        }, e -> attemptsNote.set(e instanceof ClientException.Unsupported
            ? "This server keeps no delivery log." : "Delivery log not loaded: " + e.getMessage())));
    }

    public void save() {
        Map<String, Object> config;
        try {
            config = config();
        } catch (JsonProcessingException e) {
            message.set("The config is not a JSON object: " + e.getOriginalMessage());
            return;
        }
        String n = name.get().strip();
        if (editing.isPresent()) {
            String uuid = editing.get().uuid();
            calls.run(() -> workspace.client().updateChannel(uuid, n, config), this::saved, e -> message.set(e.getMessage()));
        } else {
            Optional<Project> project = workspace.selectedProject().get();
            if (project.isEmpty()) {
                message.set("Choose a project in the sidebar first: channels belong to a project.");
                return;
            }
            String k = kind.get();
            boolean all = assignToAll.get();
            calls.run(() -> workspace.client().createChannel(project.get().uuid(), n, k, config, all), c -> {
                saved(c);
                if (all) {
                    // The server assigned it to the project's checks: their channel lists changed.
                    workspace.reload();
                }
            }, e -> message.set(e.getMessage()));
        }
    }

    /** The JSON editor's keys, overridden by the form's non-empty fields. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> config() throws JsonProcessingException {
        String text = json.get().isBlank() ? "{}" : json.get();
        JsonNode node = JSON.readTree(text);
        if (node == null || !node.isObject()) {
            throw new JsonProcessingException("expected an object like {\"url\": \"…\"}") { };
        }
        Map<String, Object> config = new LinkedHashMap<>(JSON.convertValue(node, Map.class));
        fields.forEach(f -> ConfigPaths.write(config, f));
        return config;
    }

    private void saved(Channel channel) {
        workspace.putChannel(channel);
        edit(Optional.of(channel));
        message.set("Saved " + channel.displayName() + ".");
    }

    public void delete() {
        editing.ifPresent(c -> calls.run(() -> workspace.client().deleteChannel(c.uuid()), deleted -> {
            workspace.removeChannel(deleted.uuid());
            newChannel();
            message.set("Deleted " + deleted.displayName() + ".");
        }, e -> message.set(e.getMessage())));
    }

    /** Makes the channel in the form alert for every check of its project. */
    public void assignToAllChecks() {
        editing.ifPresent(c -> calls.run(() -> workspace.client().assignToAllChecks(c.uuid()), r -> {
            workspace.reload();
            int n = r.checksAssigned();
            message.set(n == 0 ? "Every check of the project already uses " + c.displayName() + "."
                : c.displayName() + " now alerts for " + io.cronkeeper.gui.widgets.Plural.of(n, "more check", "more checks") + ".");
        }, e -> message.set(e instanceof ClientException.Unsupported
            ? "This server cannot assign to all checks yet; use each check's Alerts tab." : e.getMessage())));
    }

    public javafx.beans.property.BooleanProperty assignToAll() {
        return assignToAll;
    }

    public void sendTest() {
        editing.ifPresent(c -> {
            testResult.set("Sending a test notification…");
            calls.run(() -> workspace.client().testChannel(c.uuid()), r -> {
                testResult.set(describe(r));
                loadAttempts();
            }, e -> testResult.set(
                e instanceof ClientException.Unsupported
                    ? "This server cannot send test notifications yet (it has no test endpoint)."
                    : "Not sent: " + e.getMessage()));
        });
    }

    private static String describe(DeliveryResult r) {
        String code = r.statusCode().isPresent() ? " (" + r.statusCode().getAsInt() + ")" : "";
        return r.delivered() ? "Delivered" + code + "." : "Not delivered" + code + ": " + r.error();
    }

    /** The channel in the form; empty while a new one is being made. */
    public javafx.beans.property.ReadOnlyObjectProperty<Optional<Channel>> editing() {
        return editingProperty.getReadOnlyProperty();
    }

    public FilteredList<Channel> channels() {
        return channels;
    }

    public ObservableList<String> kinds() {
        return kinds;
    }

    public StringProperty kind() {
        return kind;
    }

    public StringProperty name() {
        return name;
    }

    public ObservableList<ConfigField> fields() {
        return fields;
    }

    public StringProperty json() {
        return json;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** The selected channel's delivery attempts, newest first. */
    public ObservableList<DeliveryAttempt> attempts() {
        return attempts;
    }

    /** Why the log is empty or missing; empty while it shows attempts. */
    public ReadOnlyStringProperty attemptsNote() {
        return attemptsNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty testResult() {
        return testResult.getReadOnlyProperty();
    }
}
