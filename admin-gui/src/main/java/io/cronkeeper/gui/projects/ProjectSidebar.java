package io.cronkeeper.gui.projects;

import io.cronkeeper.gui.client.Project;
import io.cronkeeper.gui.client.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** Projects down the side, with "All projects" first; the choice narrows every tab. */
public final class ProjectSidebar {
    /** One entry: a project, or every project. */
    public record Item(Optional<Project> project) {
        public String id() {
            return project.map(Project::uuid).orElse("");
        }
    }

    private final Workspace workspace;
    private final ListView<Item> list = new ListView<>();
    private boolean rebuilding;

    public ProjectSidebar(Workspace workspace) {
        this.workspace = workspace;
        list.setId("projects");
        list.getStyleClass().add("sidebar");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("has-down");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(item.project().map(ProjectSidebar::label).orElse("All projects"));
                if (item.project().map(p -> p.checks().down() > 0).orElse(false)) {
                    getStyleClass().add("has-down");
                }
            }
        });
        workspace.projects().addListener((ListChangeListener<Project>) c -> rebuild());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!rebuilding && now != null) {
                workspace.selectedProject().set(now.project());
            }
        });
        workspace.selectedProject().addListener((o, was, now) -> select(now.map(Project::uuid).orElse("")));
        rebuild();
    }

    private static String label(Project p) {
        var c = p.checks();
        String state = c.down() > 0 ? c.down() + " down" : c.grace() > 0 ? c.grace() + " late" : Integer.toString(c.total());
        return p.name() + "  (" + state + ")";
    }

    private void rebuild() {
        rebuilding = true;
        List<Item> items = new ArrayList<>();
        items.add(new Item(Optional.empty()));
        workspace.projects().forEach(p -> items.add(new Item(Optional.of(p))));
        list.getItems().setAll(items);
        rebuilding = false;
        select(workspace.selectedProject().get().map(Project::uuid).orElse(""));
    }

    private void select(String uuid) {
        rebuilding = true;
        list.getItems().stream().filter(i -> i.id().equals(uuid)).findFirst()
            .ifPresent(i -> list.getSelectionModel().select(i));
        rebuilding = false;
    }

    public ListView<Item> node() {
        return list;
    }
}
