package io.cronkeeper.gui.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Banners float over the bottom of the content instead of pushing it down, so a row never moves
 * under the mouse when the connection drops or a check goes down, and the controls at the top of
 * each page (filters, actions, tabs) stay usable while one shows. Any banner (connection, down
 * checks, server health) is added here; only the banners themselves take clicks.
 */
final class BannerArea {
    private final VBox banners = new VBox(4);
    private final StackPane root = new StackPane();

    BannerArea() {
        banners.setId("bannerArea");
        banners.setPickOnBounds(false);
        banners.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        banners.getStyleClass().add("banner-area");
        StackPane.setAlignment(banners, Pos.BOTTOM_CENTER);
        root.getChildren().setAll(banners);
    }

    /** The content the banners float over. */
    void setContent(Node content) {
        root.getChildren().setAll(content, banners);
    }

    /** Adds a banner; it shows and hides itself (visible and managed together). */
    void add(Node banner) {
        banners.getChildren().add(banner);
    }

    Node node() {
        return root;
    }
}
