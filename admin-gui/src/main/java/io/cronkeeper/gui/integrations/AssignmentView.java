package io.cronkeeper.gui.integrations;

import io.cronkeeper.gui.widgets.Forms;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A check box per channel of the check's project: ticked ones are alerted when the check goes down or up. */
public final class AssignmentView {
    private final AssignmentViewModel vm;
    private final VBox boxes = new VBox(6);
    private final VBox root;

    public AssignmentView(AssignmentViewModel vm) {
        this.vm = vm;
        var title = new Label("Alert these integrations when the check goes down or comes back up:");
        title.setWrapText(true);
        vm.assignments().addListener((ListChangeListener<AssignmentViewModel.Assignment>) c -> fill());
        fill();
        root = new VBox(10, title, boxes, Forms.message("assignMessage", vm.message()));
        root.setPadding(new Insets(12));
    }

    private void fill() {
        boxes.getChildren().clear();
        for (var a : vm.assignments()) {
            var box = new CheckBox(a.channel().displayName() + "  (" + a.channel().kind() + ")");
            box.setId("assign-" + a.channel().uuid());
            box.selectedProperty().bindBidirectional(a.on());
            boxes.getChildren().add(box);
        }
    }

    public Node node() {
        return root;
    }
}
