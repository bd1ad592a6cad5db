package io.cronkeeper.gui.badges;

import io.cronkeeper.gui.client.BadgeSet;
import io.cronkeeper.gui.client.CheckStatus;
import io.cronkeeper.gui.client.ClientException;
import io.cronkeeper.gui.client.LiveCheck;
import io.cronkeeper.gui.client.Project;
import io.cronkeeper.gui.client.Workspace;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Badges page of a project (the selected one, else the first): its badge URLs for all
 * checks and per tag, as the server signs them, and what each badge shows now, worked out from
 * the live checks the way the server does (any down: down; any late: late, or up on a
 * two-state badge; else up).
 */
public final class BadgesViewModel {
    private final Workspace workspace;
    private final ObservableList<BadgeSet> badges = FXCollections.observableArrayList();
    private final BooleanProperty threeState = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper project = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private String shownProject = "";
    private String shownTags = "";

    public BadgesViewModel(Workspace workspace) {
        this.workspace = workspace;
        workspace.selectedProject().addListener(o -> reload());
        workspace.projects().addListener((ListChangeListener<Project>) c -> reload());
        // New tags mean new badge URLs; status changes only redraw the previews.
        workspace.checks().addListener((ListChangeListener<LiveCheck>) c -> reloadIfTagsChanged());
        reload();
    }

    private Optional<Project> target() {
        return workspace.selectedProject().get().or(() -> workspace.projects().stream().findFirst());
    }

    public void reload() {
        Optional<Project> p = target();
        project.set(p.map(Project::name).orElse(""));
        if (p.isEmpty()) {
            badges.clear();
            shownProject = "";
            message.set("Create a project first (Projects & keys).");
            return;
        }
        String uuid = p.get().uuid();
        shownProject = uuid;
        shownTags = tagsOf(uuid);
        workspace.calls().run(() -> workspace.client().badges(uuid), list -> {
            if (uuid.equals(shownProject)) {
                badges.setAll(list);
                message.set("");
            }
        }, e -> message.set(e instanceof ClientException.Unsupported
            ? "This server does not list badge URLs to the app yet; its v3 API does (GET /api/v3/badges/)."
            : e.getMessage()));
    }

    private void reloadIfTagsChanged() {
        if (!shownProject.isEmpty() && !tagsOf(shownProject).equals(shownTags)) {
            reload();
        }
    }

    private String tagsOf(String projectUuid) {
        var tags = new java.util.TreeSet<String>();
        workspace.checks().stream().map(LiveCheck::get).filter(c -> c.project().equals(projectUuid))
            .forEach(c -> tags.addAll(c.tags()));
        return String.join(" ", tags);
    }

    /** What the badge of {@code tag} shows now: "up", "late" or "down". */
    public String status(BadgeSet set) {
        boolean down = false;
        boolean late = false;
        for (LiveCheck live : workspace.checks()) {
            var c = live.get();
            if (!c.project().equals(shownProject) || !(set.allChecks() || c.tags().contains(set.tag()))) {
                continue;
            }
            down |= c.status() == CheckStatus.DOWN;
            late |= c.status() == CheckStatus.GRACE;
        }
        return down ? "down" : late && threeState.get() ? "late" : "up";
    }

    public ObservableList<BadgeSet> badges() {
        return badges;
    }

    /** Three-state badges show "late" too; two-state ones only up or down. */
    public BooleanProperty threeState() {
        return threeState;
    }

    public ReadOnlyStringProperty project() {
        return project.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public Workspace workspace() {
        return workspace;
    }
}
