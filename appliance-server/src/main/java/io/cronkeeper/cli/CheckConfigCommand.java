package io.cronkeeper.cli;

import io.cronkeeper.config.Settings;
import io.cronkeeper.config.SettingsLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check-config", description = "Load the settings as the server would and print them, secrets masked; exit 2 on a bad value.")
final class CheckConfigCommand implements Callable<Integer> {
    @Mixin
    SettingsOptions options;
    @Spec
    CommandSpec spec;
    private final SettingsLoader loader;

    CheckConfigCommand(SettingsLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        Settings settings = options.load(loader);
        loader.envFile().ifPresent(f -> spec.commandLine().getOut().println("env-file: " + f
            + (java.nio.file.Files.exists(f) ? "" : " (absent)")));
        settings.describe().forEach((k, v) -> spec.commandLine().getOut().println(k + ": " + v));
        return 0;
    }
}
