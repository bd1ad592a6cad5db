package io.cronkeeper.gui.checks;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.CheckStatus;
import io.cronkeeper.gui.client.LiveCheck;
import io.cronkeeper.gui.client.Project;
import io.cronkeeper.gui.client.Workspace;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;

/**
 * The checks table: the selected project's checks (all projects' when none is selected),
 * narrowed by the search text, a status and a tag; the status summary for the window title;
 * and which check is selected, by UUID, so a redrawn row stays selected.
 */
public final class ChecksViewModel {
    private final Workspace workspace;
    private final FilteredList<LiveCheck> visible;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.ALL);
    /** Tags the user picked; a check shows when it has all of them, as Healthchecks' tag filter does. */
    private final ObservableSet<String> pickedTags = FXCollections.observableSet(new java.util.TreeSet<>());
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringProperty selected = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public ChecksViewModel(Workspace workspace) {
        this.workspace = workspace;
        this.visible = new FilteredList<>(workspace.checks());
        InvalidationListener refilter = o -> visible.setPredicate(predicate());
        search.addListener(refilter);
        status.addListener(refilter);
        pickedTags.addListener((javafx.collections.SetChangeListener<String>) c -> refilter.invalidated(null));
        workspace.selectedProject().addListener(refilter);
        refilter.invalidated(null);
        // The detail pane follows the filter: a check the filter hides is no longer selected, so
        // no action can hit a check the user cannot see.
        visible.addListener((ListChangeListener<LiveCheck>) c -> {
            String uuid = selected.get();
            if (!uuid.isEmpty() && visible.stream().noneMatch(l -> l.uuid().equals(uuid))) {
                selected.set("");
            }
        });
        // A change listener, not an invalidation one: those run before the filtered list has seen
        // the change, and a tag filter reset from there would refilter it mid-change.
        workspace.checks().addListener((ListChangeListener<LiveCheck>) c -> recount());
        workspace.selectedProject().addListener(o -> recount());
        recount();
    }

    private Predicate<LiveCheck> predicate() {
        Optional<Project> project = workspace.selectedProject().get();
        String needle = search.get().strip().toLowerCase(Locale.ROOT);
        StatusFilter wanted = status.get() == null ? StatusFilter.ALL : status.get();
        var wantedTags = java.util.Set.copyOf(pickedTags);
        return live -> {
            Check c = live.get();
            return project.map(p -> p.uuid().equals(c.project())).orElse(true)
                && wanted.accepts(c.status())
                && c.tags().containsAll(wantedTags)
                && (needle.isEmpty() || matches(c, needle));
        };
    }

    private static boolean matches(Check c, String needle) {
        return c.name().toLowerCase(Locale.ROOT).contains(needle)
            || c.slug().contains(needle)
            || c.uuid().startsWith(needle)
            || c.desc().toLowerCase(Locale.ROOT).contains(needle)
            || c.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(needle));
    }

    /** Tags on offer and the title's summary follow the checks of the selected project. */
    private void recount() {
        Optional<Project> project = workspace.selectedProject().get();
        var inScope = workspace.checks().stream().map(LiveCheck::get)
            .filter(c -> project.map(p -> p.uuid().equals(c.project())).orElse(true)).toList();
        var allTags = new TreeSet<String>();
        inScope.forEach(c -> allTags.addAll(c.tags()));
        if (!tags.equals(allTags.stream().toList())) {
            tags.setAll(allTags);
        }
        pickedTags.retainAll(allTags);
        long down = inScope.stream().filter(c -> c.status() == CheckStatus.DOWN).count();
        long late = inScope.stream().filter(c -> c.status() == CheckStatus.GRACE).count();
        StringBuilder s = new StringBuilder();
        if (down > 0) {
            s.append(down).append(" down");
        }
        if (late > 0) {
            s.append(s.isEmpty() ? "" : ", ").append(late).append(" late");
        }
        if (s.isEmpty()) {
            s.append(inScope.isEmpty() ? "no checks" : "all " + inScope.size() + " fine");
        }
        summary.set(s.toString());
    }

    /** The window title: worst news first, then where we are. */
    public String title(String serverName) {
        String where = workspace.selectedProject().get().map(Project::name).orElse("All projects");
        return summary.get() + " · " + where + " · Cronkeeper (" + serverName + ")";
    }

    public Optional<Check> selectedCheck() {
        return workspace.check(selected.get()).map(LiveCheck::get);
    }

    public FilteredList<LiveCheck> visible() {
        return visible;
    }

    public StringProperty search() {
        return search;
    }

    public ObjectProperty<StatusFilter> status() {
        return status;
    }

    /** The picked tags; add or remove to filter. */
    public ObservableSet<String> pickedTags() {
        return pickedTags;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    /** The selected check's UUID, "" for none. */
    public StringProperty selected() {
        return selected;
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public Workspace workspace() {
        return workspace;
    }
}
