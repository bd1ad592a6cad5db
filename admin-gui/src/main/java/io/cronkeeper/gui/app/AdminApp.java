package io.cronkeeper.gui.app;

import io.cronkeeper.gui.connect.ConfigDir;
import io.cronkeeper.gui.connect.LaunchOptions;
import io.cronkeeper.gui.connect.LocalDiscovery;
import io.cronkeeper.gui.connect.ServerStore;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;

/** The Cronkeeper admin app. See {@link LaunchOptions} for its flags. */
public final class AdminApp extends Application {
    private AppShell shell;

    @Override
    public void start(Stage stage) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println("cronkeeper-admin: " + e.getMessage());
            System.exit(2);
            return;
        }
        var env = System.getenv();
        Path home = Path.of(System.getProperty("user.home"));
        Path configDir = options.get("config-dir").map(Path::of).orElseGet(() -> ConfigDir.of(env, home));
        var discovery = LocalDiscovery.discover(options, configDir, env, home);
        shell = new AppShell(stage, configDir, discovery, Clock.systemUTC());
        var named = options.get("server").flatMap(new ServerStore(configDir)::byName)
            .or(() -> options.namesServer() ? discovery.profile() : java.util.Optional.empty());
        shell.openInitial(named);
        StartTiming.fromEnv(env).watch(stage);
        stage.show();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
    }
}
