package io.cronkeeper.cli;

import io.cronkeeper.config.SettingsLoader;
import io.cronkeeper.ops.Restore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = "Replace the database with a backup; the server must be stopped.")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    SettingsOptions options;
    @Option(names = "--from", paramLabel = "FILE", required = true, description = "a file written by `backup`")
    Path from;
    @Spec
    CommandSpec spec;
    private final SettingsLoader loader;

    RestoreCommand(SettingsLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        Restore.Result r = Restore.from(from, options.load(loader).dataDir());
        PrintWriter out = spec.commandLine().getOut();
        out.println("restored " + from + " into " + r.database() + " (schema version " + r.backupVersion()
            + (r.schemaVersion() != r.backupVersion() ? ", migrated to " + r.schemaVersion() : "") + ")");
        r.previous().ifPresent(p -> out.println("the database it replaced is kept as " + p));
        return 0;
    }
}
