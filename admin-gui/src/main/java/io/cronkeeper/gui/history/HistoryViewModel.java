package io.cronkeeper.gui.history;

import io.cronkeeper.gui.client.AdminClient;
import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.Channel;
import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.ClientException;
import io.cronkeeper.gui.client.Flip;
import io.cronkeeper.gui.client.Notification;
import io.cronkeeper.gui.client.ServerEvent;
import io.cronkeeper.gui.client.Workspace;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The selected check's history: its status changes and the alerts they queued, newest first.
 * Loaded when a check is selected, on request, and when the stream announces a flip of that
 * check; while an alert is still pending or sending it is looked at again on each clock tick,
 * since deliveries and retries happen on the server without an event.
 */
public final class HistoryViewModel {
    static final String NO_OUTBOX = "This server keeps no alert history; only status changes are shown.";

    private final Workspace workspace;
    private final Calls calls;
    private final ObservableList<Flip> flips = FXCollections.observableArrayList();
    private final ObservableList<AlertRow> alerts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /**
     * What relative times count from: the workspace's tick, and the moment of each load, so a
     * flip that just happened reads "just now" rather than in the future of a tick 30 s old.
     */
    private final ReadOnlyObjectWrapper<Instant> now;
    private List<Notification> notifications = List.of();
    private String checkUuid = "";
    /** Reloads may answer out of order; only the latest one's answer is shown. */
    private long reloads;

    public HistoryViewModel(Workspace workspace) {
        this.workspace = workspace;
        this.calls = workspace.calls();
        this.now = new ReadOnlyObjectWrapper<>(workspace.clock().instant());
        workspace.onEvent(this::onEvent);
        // Channel names are the workspace's; a rename shows without asking the server again.
        workspace.channels().addListener((ListChangeListener<Channel>) c -> rebuildAlerts());
        workspace.now().addListener((o, was, tick) -> {
            now.set(tick);
            if (alerts.stream().anyMatch(AlertRow::inFlight)) {
                reload();
            }
        });
    }

    public void show(Optional<Check> check) {
        String uuid = check.map(Check::uuid).orElse("");
        if (uuid.equals(checkUuid)) {
            return;
        }
        checkUuid = uuid;
        flips.clear();
        notifications = List.of();
        alerts.clear();
        message.set("");
        if (!uuid.isEmpty()) {
            reload();
        }
    }

    public void reload() {
        String uuid = checkUuid;
        if (uuid.isEmpty()) {
            return;
        }
        long reload = ++reloads;
        AdminClient client = workspace.client();
        calls.run(() -> load(client, uuid), h -> {
            if (uuid.equals(checkUuid) && reload == reloads) {
                now.set(workspace.clock().instant());
                flips.setAll(h.flips().stream().sorted(Comparator.comparing(Flip::timestamp).reversed()).toList());
                notifications = h.notifications().orElse(List.of());
                rebuildAlerts();
                message.set(h.notifications().isPresent() ? "" : NO_OUTBOX);
            }
        }, e -> {
            if (uuid.equals(checkUuid) && reload == reloads) {
                message.set(e.getMessage());
            }
        });
    }

    private record History(List<Flip> flips, Optional<List<Notification>> notifications) {
    }

    /** Runs off the UI thread. A server without the outbox route still has flips to show. */
    private static History load(AdminClient client, String uuid) {
        List<Flip> flips = client.flips(uuid);
        try {
            return new History(flips, Optional.of(client.notifications(uuid)));
        } catch (ClientException.Unsupported e) {
            return new History(flips, Optional.empty());
        }
    }

    private void rebuildAlerts() {
        alerts.setAll(notifications.stream().map(n -> AlertRow.of(n, flips, workspace.channels())).toList());
    }

    private void onEvent(ServerEvent event) {
        // Overflow: events were dropped, a flip of this check may be among them.
        if (event instanceof ServerEvent.Flipped f && f.checkUuid().equals(checkUuid)
            || event instanceof ServerEvent.Overflow) {
            reload();
        }
    }

    public ObservableList<Flip> flips() {
        return flips;
    }

    public ObservableList<AlertRow> alerts() {
        return alerts;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Changes when the view should redraw its relative times. */
    public ReadOnlyObjectProperty<Instant> now() {
        return now.getReadOnlyProperty();
    }
}
