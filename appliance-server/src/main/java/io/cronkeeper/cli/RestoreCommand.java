package io.cronkeeper.cli;

import io.cronkeeper.config.SettingsLoader;
import io.cronkeeper.config.Settings;
import io.cronkeeper.ops.PgDumpAdvice;
import io.cronkeeper.ops.Restore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = "Replace the database with a backup; the server must be stopped. "
    + "With PostgreSQL (database-url) it prints the pg_restore command to use instead and exits 1.")
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
        Settings settings = options.load(loader);
        if (settings.database().postgres().isPresent()) {
            spec.commandLine().getErr().println("cronkeeper: " + PgDumpAdvice.restore(settings.database().postgres().get(), from));
            return 1;
        }
        Restore.Result r = Restore.from(from, settings.dataDir());
        PrintWriter out = spec.commandLine().getOut();
        out.println("restored " + from + " into " + r.database() + " (schema version " + r.backupVersion()
            + (r.schemaVersion() != r.backupVersion() ? ", migrated to " + r.schemaVersion() : "") + ")");
        r.previous().ifPresent(p -> out.println("the database it replaced is kept as " + p));
        return 0;
    }
}
