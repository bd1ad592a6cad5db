package io.cronkeeper.gui.app;

import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.ConnectionState;
import io.cronkeeper.gui.client.HttpAdminClient;
import io.cronkeeper.gui.connect.ConnectView;
import io.cronkeeper.gui.connect.ConnectViewModel;
import io.cronkeeper.gui.connect.FirstServer;
import io.cronkeeper.gui.connect.LocalDiscovery;
import io.cronkeeper.gui.connect.ServerProfile;
import io.cronkeeper.gui.connect.ServerStore;
import io.cronkeeper.gui.widgets.Copy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The app's one window: the connect screen or the main window of the current server. Owns the
 * session, so switching servers closes the old stream first; remembers the window layout.
 */
public final class AppShell {
    private final Stage stage;
    private final ServerStore store;
    private final WindowState windowState;
    private final LocalDiscovery.Result discovery;
    private final Clock clock;
    private final Calls calls = Calls.onUiThread(Platform::runLater);
    private final Scene scene;
    private final Timeline ticker;
    private Optional<Session> session = Optional.empty();
    private Optional<MainWindow> main = Optional.empty();
    private long ticks;

    public AppShell(Stage stage, Path configDir, LocalDiscovery.Result discovery, Clock clock) {
        this.stage = stage;
        this.store = new ServerStore(configDir);
        this.windowState = new WindowState(configDir);
        this.discovery = discovery;
        this.clock = clock;
        this.scene = new Scene(new javafx.scene.layout.StackPane());
        Theme.apply(scene);
        installShortcuts();
        stage.setScene(scene);
        stage.setTitle("Cronkeeper");
        windowState.restore(stage);
        stage.setOnHiding(e -> close());
        ticker = new Timeline(new KeyFrame(Duration.seconds(30), e -> session.ifPresent(this::tick)));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    /**
     * Redraws relative times; every 10 minutes also reloads, since changes made by the CLI (another
     * process) are not announced on the event stream.
     */
    private void tick(Session s) {
        s.workspace().tick();
        if (++ticks % 20 == 0 && s.workspace().state().get() instanceof ConnectionState.Online) {
            s.workspace().reload();
        }
    }

    /** Opens the main window on {@code profile}; it connects, and reconnects, by itself. */
    public void open(ServerProfile profile) {
        closeSession();
        var s = new Session(profile, calls, clock).start();
        session = Optional.of(s);
        var window = new MainWindow(s, this::trust, this::showConnect);
        main = Optional.of(window);
        windowState.restore(window.checksTable());
        scene.setRoot(window.node());
        stage.titleProperty().bind(window.title(profile.name()));
        s.workspace().state().addListener((o, was, now) -> {
            // The last server that answered is the one the next launch opens.
            if (now instanceof ConnectionState.Online && !(was instanceof ConnectionState.Online)
                && session.filter(x -> x == s).isPresent()) {
                rememberLastUsed(s.profile());
            }
            if (now instanceof ConnectionState.Refused && s.tokenChanged() && session.filter(x -> x == s).isPresent()) {
                open(s.profile());
            }
        });
    }

    /**
     * The first window: the server the command line named, else the last one used, else the local
     * one found; the connect screen when there is none.
     */
    public void openInitial(Optional<ServerProfile> named) {
        FirstServer.choose(named, store.load(), discovery.profile()).ifPresentOrElse(this::open, this::showConnect);
    }

    private void trust(String fingerprint) {
        session.ifPresent(s -> {
            ServerProfile trusted = s.profile().withFingerprint(fingerprint);
            store.remember(trusted);
            open(trusted);
        });
    }

    private void rememberLastUsed(ServerProfile profile) {
        try {
            store.remember(profile);
        } catch (java.io.UncheckedIOException e) {
            // A read-only config dir costs only the choice at the next launch.
        }
    }

    public void showConnect() {
        Optional<Runnable> back = main.map(m -> () -> showMain(m));
        var vm = new ConnectViewModel(store, discovery.profile().stream().toList(), discovery.problem(), calls,
            HttpAdminClient::new, this::open, back);
        session.ifPresent(s -> vm.select(s.profile()));
        stage.titleProperty().unbind();
        stage.setTitle("Cronkeeper · Connect");
        scene.setRoot(new ConnectView(vm).node());
    }

    /** Back from the connect screen to the window of the current session, as it was. */
    private void showMain(MainWindow window) {
        session.ifPresent(s -> {
            scene.setRoot(window.node());
            stage.titleProperty().bind(window.title(s.profile().name()));
        });
    }

    private void installShortcuts() {
        var accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
            () -> shownMain().ifPresent(MainWindow::focusSearch));
        accelerators.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
            () -> shownMain().ifPresent(MainWindow::newCheck));
        // Del and Ctrl+C act on the selected check only when no text field has the focus,
        // so they keep their usual meaning while typing.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            // Only in the main window: Del on the connect screen must not delete the hidden selected check.
            if (scene.getFocusOwner() instanceof TextInputControl || shownMain().isEmpty()) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                shownMain().get().deleteSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.C && e.isShortcutDown()) {
                shownMain().get().selectedUrl().ifPresent(Copy::toClipboard);
                e.consume();
            }
        });
    }

    /** The main window, while it is the one on screen (not hidden behind the connect screen). */
    private Optional<MainWindow> shownMain() {
        return main.filter(m -> scene.getRoot() == m.node());
    }

    private void closeSession() {
        session.ifPresent(Session::close);
        session = Optional.empty();
        main = Optional.empty();
    }

    /** Saves the layout and stops the stream. */
    public void close() {
        main.ifPresent(m -> windowState.remember(stage, m.checksTable()));
        ticker.stop();
        closeSession();
    }

}
