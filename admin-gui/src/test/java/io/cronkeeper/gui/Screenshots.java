package io.cronkeeper.gui;

import io.cronkeeper.gui.app.AppShell;
import io.cronkeeper.gui.app.Theme;
import io.cronkeeper.gui.connect.LocalDiscovery;
import io.cronkeeper.gui.connect.ServerProfile;
import io.cronkeeper.gui.testing.LiveServer;
import io.cronkeeper.gui.testing.SampleData;
import io.cronkeeper.gui.testing.ShiftedClock;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders the main screens into PNGs (run by admin-gui/screenshots.sh under Xvfb): a real
 * server with sample data in this JVM, the real app window, a snapshot of each screen.
 */
public final class Screenshots {
    private final Path out;
    private Stage stage;

    private Screenshots(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("cronkeeper-shots");
        var clock = new ShiftedClock();
        int status = 1;
        try (LiveServer server = LiveServer.start(data, Map.of(), clock)) {
            String backup = new SampleData(server, clock).fill();
            Platform.startup(() -> { });
            new Screenshots(out).render(server, backup);
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            // The toolkit's threads would keep the JVM alive after a failure.
            System.exit(status);
        }
    }

    private void render(LiveServer server, String backup) throws Exception {
        var profile = new ServerProfile("This computer", server.url(), "", server.dataDir().resolve("admin-token").toString(), "");
        Path config = Files.createTempDirectory("cronkeeper-shots-config");
        fx(() -> {
            stage = new Stage();
            var shell = new AppShell(stage, config, new LocalDiscovery.Result(Optional.of(profile), ""), Clock.systemUTC());
            stage.setWidth(1280);
            stage.setHeight(800);
            shell.open(profile);
            stage.show();
        });
        waitFor(() -> !node("#connectionBanner").isVisible() && table("#checks").getItems().size() == 10);
        for (boolean dark : new boolean[] {false, true}) {
            String suffix = dark ? "-dark.png" : ".png";
            fx(() -> Theme.set(dark));
            // All projects: the Office checks have no integration and show the warning sign.
            fx(() -> ((ListView<?>) node("#projects")).getSelectionModel().select(0));
            selectCheck(backup);
            shot("checks" + suffix);
            fx(() -> ((ListView<?>) node("#projects")).getSelectionModel().select(1));
            selectCheck(backup);

            tab("#detailTabs", 2);
            waitFor(() -> table("#pings").getItems().size() >= 14);
            fx(() -> table("#pings").getSelectionModel().select(0));
            waitFor(() -> text("#bodyText").contains("borg"));
            shot("pings" + suffix);

            tab("#mainTabs", 2);
            waitFor(() -> ((ListView<?>) node("#channels")).getItems().size() == 2);
            fx(() -> ((ListView<?>) node("#channels")).getSelectionModel().select(0));
            shot("integrations" + suffix);

            tab("#mainTabs", 3);
            waitFor(() -> node("#badges-backup") != null);
            shot("badges" + suffix);
        }
        fx(() -> Theme.set(false));

        selectCheck(backup);
        tab("#detailTabs", 1);
        fx(() -> {
            ((javafx.scene.control.ComboBox<?>) node("#scheduleMode")).getSelectionModel().select(1);
            ((TextInputControl) node("#editExpression")).setText("0 3 * * *");
        });
        fx(() -> ((javafx.scene.control.ComboBox<String>) node("#editTz")).setValue("Europe/Riga"));
        // Unsaved on purpose: the form with the server's preview of the next runs.
        waitFor(() -> text("#nextExpected").startsWith("Next expected"));
        shot("edit.png");
        fx(() -> ((javafx.scene.control.Button) node("#saveCheck")).fire());

        tab("#mainTabs", 1);
        waitFor(() -> node("#apiKeyName") != null);
        fx(() -> {
            ((TextInputControl) node("#apiKeyName")).setText("grafana");
            ((javafx.scene.control.Button) node("#createApiKey")).fire();
        });
        waitFor(() -> text("#newApiKeySecret").startsWith("hcw_"));
        shot("projects.png");

        tab("#mainTabs", 0);
        tab("#detailTabs", 0);
        server.stop();
        waitFor(() -> node("#connectionBanner").isVisible() && text("#connectionMessage").contains("Cannot reach"));
        shot("offline.png");
        server.restart();
        waitFor(() -> !node("#connectionBanner").isVisible());
    }

    private void selectCheck(String uuid) throws Exception {
        tab("#mainTabs", 0);
        tab("#detailTabs", 0);
        fx(() -> {
            @SuppressWarnings("unchecked")
            var t = (TableView<io.cronkeeper.gui.client.LiveCheck>) table("#checks");
            t.getItems().stream().filter(c -> c.uuid().equals(uuid)).findFirst().ifPresent(c -> t.getSelectionModel().select(c));
        });
        waitFor(() -> text("#uuidField").equals(uuid));
    }

    private void tab(String pane, int index) throws Exception {
        fx(() -> ((TabPane) node(pane)).getSelectionModel().select(index));
    }

    private Node node(String id) {
        return stage.getScene().lookup(id);
    }

    private TableView<?> table(String id) {
        return (TableView<?>) node(id);
    }

    private String text(String id) {
        return switch (node(id)) {
            case TextInputControl t -> t.getText();
            case Labeled l -> l.getText();
            default -> "";
        };
    }

    /** Lets layout and CSS settle, then writes the window's scene as a PNG. */
    private void shot(String name) throws Exception {
        Thread.sleep(600);
        WritableImage image = call(() -> stage.getScene().snapshot(null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        var png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, w, h, argb, 0, w);
        ImageIO.write(png, "png", out.resolve(name).toFile());
        System.out.println("wrote " + out.resolve(name));
    }

    private void waitFor(Supplier<Boolean> condition) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (!call(() -> {
            try {
                return condition.get();
            } catch (RuntimeException e) {
                return false;
            }
        })) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("the screen did not get ready in 30 s; status line: "
                    + call(() -> text("#statusLine")) + "; pings: " + call(() -> table("#pings").getItems().size())
                    + " " + call(() -> text("#pingsMessage")));
            }
            Thread.sleep(100);
        }
    }

    private void fx(Runnable task) throws Exception {
        call(() -> {
            task.run();
            return null;
        });
    }

    private static <T> T call(Supplier<T> task) throws Exception {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
