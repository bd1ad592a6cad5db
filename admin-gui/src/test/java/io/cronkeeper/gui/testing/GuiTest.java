package io.cronkeeper.gui.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.app.AppShell;
import io.cronkeeper.gui.client.HttpAdminClient;
import io.cronkeeper.gui.connect.LocalDiscovery;
import io.cronkeeper.gui.connect.ServerProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app window, driven by TestFX, against a real server in this JVM. Each test gets a
 * fresh window (and config dir) connected to the class's server, as the user's local server.
 */
public abstract class GuiTest extends FxRobot {
    protected static final int WAIT_SECONDS = 15;

    protected AppShell shell;
    protected Stage stage;
    protected Path configDir;

    /** The real server the window connects to: one per test class, on a fresh data dir. */
    @TempDir
    protected static Path serverDir;
    protected static LiveServer server;

    protected LiveServer server() {
        return server;
    }

    private static Stage sharedStage;
    private static AppShell sharedShell;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        server = LiveServer.start(serverDir);
    }

    /**
     * One window per test class (making one is slow with software rendering); each test gets
     * a fresh session and main window in it, so no state is carried from test to test.
     */
    @BeforeEach
    void openWindow() throws Exception {
        var profile = new ServerProfile(LocalDiscovery.LOCAL_NAME, server().url(), "",
            server().dataDir().resolve("admin-token").toString(), "");
        if (sharedStage == null) {
            configDir = Files.createTempDirectory("cronkeeper-gui-config");
            sharedStage = FxToolkit.registerStage(Stage::new);
            Path dir = configDir;
            FxToolkit.setupFixture(() -> {
                sharedShell = new AppShell(sharedStage, dir, new LocalDiscovery.Result(Optional.of(profile), ""),
                    Clock.systemUTC());
                sharedStage.setWidth(1280);
                sharedStage.setHeight(800);
                sharedStage.show();
            });
        }
        stage = sharedStage;
        shell = sharedShell;
        FxToolkit.setupFixture(() -> {
            shell.open(profile);
            stage.toFront();
        });
        waitUntil("connected", () -> !lookup("#connectionBanner").query().isVisible());
    }

    @AfterEach
    void closeDialogs() throws Exception {
        FxToolkit.setupFixture(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
            .filter(w -> w != sharedStage && w instanceof Stage s && s.getOwner() != null).forEach(w -> ((Stage) w).close()));
    }

    @AfterAll
    static void closeWindow() throws Exception {
        server.close();
        if (sharedStage != null) {
            FxToolkit.setupFixture(() -> {
                sharedShell.close();
                sharedStage.close();
            });
            sharedStage = null;
            sharedShell = null;
        }
    }

    protected HttpAdminClient api() {
        return new HttpAdminClient(server().endpoint());
    }

    /** Polls {@code condition} on the FX thread until it holds. */
    protected void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> {
                try {
                    return WaitForAsyncUtils.asyncFx(condition).get();
                } catch (Exception e) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + WAIT_SECONDS + " s for: " + what);
        }
    }

    protected String text(String query) {
        Node node = lookup(query).query();
        return onFx(() -> switch (node) {
            case TextInputControl t -> t.getText();
            case Labeled l -> l.getText();
            default -> throw new AssertionError(query + " has no text");
        });
    }

    protected boolean visible(String query) {
        return lookup(query).tryQuery().map(n -> onFx(() -> n.isVisible() && n.getScene() != null)).orElse(false);
    }

    protected <T> T onFx(Callable<T> task) {
        try {
            return WaitForAsyncUtils.asyncFx(task).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    protected void fx(Runnable task) {
        onFx(() -> {
            task.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces a text field's content as a user would: select all, type. */
    protected void type(String query, String text) {
        clickOn(query);
        fx(() -> ((TextInputControl) lookup(query).query()).selectAll());
        write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the enclosing scroll pane so the node is in view before a click lands on it. */
    protected void reveal(String query) {
        fx(() -> {
            Node node = lookup(query).query();
            Node p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                Node content = scroll.getContent();
                double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / range)));
            }
        });
    }

    /** Clicks the check's row in the table and waits for its detail. */
    protected void selectCheck(String uuid) {
        clickCheckRow(uuid);
        waitUntil("the detail of " + uuid, () -> text("#uuidField").equals(uuid));
    }

    /**
     * Clicks the check's row where it is now on screen: rows are recycled by the table, so a row
     * looked up a moment ago may have left the scene by the time the robot clicks it.
     */
    protected void clickCheckRow(String uuid) {
        waitUntil("the row of " + uuid + " on screen", () -> {
            var row = checkRow(uuid);
            return row != null && row.getScene() != null;
        });
        javafx.geometry.Point2D at = onFx(() -> {
            var row = checkRow(uuid);
            var b = row.localToScreen(row.getBoundsInLocal());
            return new javafx.geometry.Point2D(b.getMinX() + Math.min(60, b.getWidth() / 2), b.getCenterY());
        });
        clickOn(at);
    }

    @SuppressWarnings("unchecked")
    protected javafx.scene.control.TableRow<io.cronkeeper.gui.client.LiveCheck> checkRow(String uuid) {
        return onFx(() -> lookup("#checks .table-row-cell").queryAll().stream()
            .map(n -> (javafx.scene.control.TableRow<io.cronkeeper.gui.client.LiveCheck>) n)
            .filter(r -> r.getItem() != null && r.getItem().uuid().equals(uuid))
            .findFirst().orElse(null));
    }

    protected String defaultProject() {
        return api().projects().stream().filter(p -> p.name().equals("Default")).findFirst().orElseThrow().uuid();
    }

    /** Opens a combo box and clicks the entry with {@code text} in its popup. */
    protected void choose(String combo, String text) {
        clickOn(combo);
        waitUntil("the entry " + text, () -> lookup(".combo-box-popup .list-cell").queryAll().stream()
            .anyMatch(n -> text.equals(((javafx.scene.control.Labeled) n).getText()) && n.isVisible()));
        clickOn(lookup(".combo-box-popup .list-cell")
            .match(n -> text.equals(((javafx.scene.control.Labeled) n).getText())).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void assertText(String query, String expected) {
        try {
            waitUntil(query + " shows \"" + expected + "\"", () -> text(query).equals(expected));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + " but it shows \"" + text(query) + "\"", e);
        }
        assertThat(text(query)).isEqualTo(expected);
    }
}
