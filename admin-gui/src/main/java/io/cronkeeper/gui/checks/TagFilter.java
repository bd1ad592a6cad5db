package io.cronkeeper.gui.checks;

import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;

/**
 * The tag filter as Healthchecks shows it: a labelled row of tag pills; each picked pill narrows
 * the table to checks that carry that tag too. Hidden while no check has a tag.
 */
public final class TagFilter {
    private final ChecksViewModel vm;
    private final FlowPane root = new FlowPane(6, 4);

    public TagFilter(ChecksViewModel vm) {
        this.vm = vm;
        root.setId("tagFilter");
        root.getStyleClass().add("tag-bar");
        root.managedProperty().bind(root.visibleProperty());
        vm.tags().addListener((ListChangeListener<String>) c -> fill());
        vm.pickedTags().addListener((SetChangeListener<String>) c -> sync());
        fill();
    }

    private void fill() {
        var label = new Label("Filter by tag:");
        label.setId("tagFilterLabel");
        label.getStyleClass().add("form-label");
        root.getChildren().setAll(label);
        for (String tag : vm.tags()) {
            var pill = new ToggleButton(tag);
            pill.setId("tag-" + tag);
            pill.getStyleClass().add("tag-pill");
            pill.setSelected(vm.pickedTags().contains(tag));
            pill.setFocusTraversable(false);
            pill.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    vm.pickedTags().add(tag);
                } else {
                    vm.pickedTags().remove(tag);
                }
            });
            label.setLabelFor(pill);
            root.getChildren().add(pill);
        }
        root.setVisible(!vm.tags().isEmpty());
    }

    private void sync() {
        root.getChildren().stream().filter(n -> n instanceof ToggleButton).map(n -> (ToggleButton) n)
            .forEach(p -> p.setSelected(vm.pickedTags().contains(p.getText())));
    }

    public Node node() {
        return root;
    }
}
