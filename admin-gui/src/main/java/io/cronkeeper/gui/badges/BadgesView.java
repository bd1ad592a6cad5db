package io.cronkeeper.gui.badges;

import io.cronkeeper.gui.client.BadgeSet;
import io.cronkeeper.gui.client.LiveCheck;
import io.cronkeeper.gui.widgets.Copy;
import io.cronkeeper.gui.widgets.EmptyState;
import io.cronkeeper.gui.widgets.Forms;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Badges for READMEs and dashboards: per project, for all checks and for each tag, the SVG, JSON
 * and Shields URLs with copy buttons, and a preview of what the badge shows now.
 */
public final class BadgesView {
    private final BadgesViewModel vm;
    private final VBox list = new VBox(12);
    private final VBox root = new VBox(10);

    public BadgesView(BadgesViewModel vm) {
        this.vm = vm;
        root.setId("badgesPage");
        var title = new Label();
        title.setId("badgesTitle");
        title.getStyleClass().add("title");
        title.textProperty().bind(vm.project().map(p -> p.isEmpty() ? "Badges" : "Badges of " + p));
        var hint = new Label("Put these in a README or a dashboard: they show the status of the project's checks, "
            + "or of the checks with a tag, to anyone with the URL (no key needed).");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        var two = new ToggleButton("Two states: up, down");
        two.setId("badgeTwoState");
        var three = new ToggleButton("Three states: up, late, down");
        three.setId("badgeThreeState");
        var group = new ToggleGroup();
        two.setToggleGroup(group);
        three.setToggleGroup(group);
        two.setSelected(true);
        three.selectedProperty().bindBidirectional(vm.threeState());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            }
        });
        var kinds = new HBox(0, two, three);
        kinds.getStyleClass().add("segmented");
        list.setId("badgeList");
        var scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().setAll(title, hint, kinds, Forms.message("badgesMessage", vm.message()), scroll);
        root.setPadding(new Insets(12));
        vm.badges().addListener((ListChangeListener<BadgeSet>) c -> fill());
        vm.threeState().addListener(o -> fill());
        vm.workspace().checks().addListener((ListChangeListener<LiveCheck>) c -> fill());
        // A status change arrives as an event and changes a check in place, not the list.
        vm.workspace().onEvent(e -> vm.workspace().calls().onUi(this::fill));
        fill();
    }

    private void fill() {
        list.getChildren().clear();
        if (vm.badges().isEmpty()) {
            list.getChildren().add(EmptyState.of("No badges to show", "Badges appear once the project exists."));
            return;
        }
        boolean three = vm.threeState().get();
        for (BadgeSet set : vm.badges()) {
            String id = set.allChecks() ? "all" : set.tag();
            var grid = Forms.grid();
            grid.setId("badges-" + id);
            row(grid, "SVG", three ? set.svg3() : set.svg(), "copyBadgeSvg-" + id);
            row(grid, "JSON", three ? set.json3() : set.json(), "copyBadgeJson-" + id);
            row(grid, "Shields", three ? set.shields3() : set.shields(), "copyBadgeShields-" + id);
            var heading = new Label(set.allChecks() ? "All checks" : "Tag " + set.tag());
            heading.getStyleClass().add("section");
            var card = new VBox(6, new HBox(12, heading, preview(set, id)), grid);
            card.getStyleClass().add("card");
            list.getChildren().add(card);
        }
    }

    /** The badge as it looks now: its label and the status, coloured as the SVG is. */
    private Node preview(BadgeSet set, String id) {
        String status = vm.status(set);
        var label = new Label(set.allChecks() ? "checks" : set.tag());
        label.getStyleClass().add("badge-label");
        var value = new Label(status);
        value.setId("badgePreview-" + id);
        value.getStyleClass().add("badge-status");
        for (String s : new String[] {"up", "late", "down"}) {
            value.pseudoClassStateChanged(PseudoClass.getPseudoClass(s.equals("late") ? "grace" : s), s.equals(status));
        }
        var badge = new HBox(label, value);
        badge.getStyleClass().add("badge-preview");
        badge.setAlignment(Pos.CENTER_LEFT);
        return badge;
    }

    private static void row(GridPane grid, String format, String url, String copyId) {
        var field = new Label(url);
        field.getStyleClass().addAll("url", "mono");
        field.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        field.setTooltip(new Tooltip(url));
        field.setMaxWidth(Double.MAX_VALUE);
        field.setMinWidth(60);
        HBox.setHgrow(field, Priority.ALWAYS);
        var line = new HBox(6, field, Copy.button(copyId, () -> url));
        line.setAlignment(Pos.CENTER_LEFT);
        Forms.row(grid, format, line);
    }

    public Node node() {
        return root;
    }
}
