package io.cronkeeper.gui.app;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/** A tab whose content is built the first time it is shown, so the first window comes up sooner. */
final class LazyTab {
    private LazyTab() {
    }

    static Tab of(String id, String text, Supplier<Node> content) {
        var tab = new Tab(text);
        tab.setId(id);
        tab.setClosable(false);
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }
}
