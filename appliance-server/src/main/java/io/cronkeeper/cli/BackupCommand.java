package io.cronkeeper.cli;

import io.cronkeeper.config.SettingsLoader;
import io.cronkeeper.config.Settings;
import io.cronkeeper.ops.Backup;
import io.cronkeeper.ops.PgDumpAdvice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", description = "Copy the database (and the install secret) into one file; safe while the server runs. "
    + "With PostgreSQL (database-url) it prints the pg_dump command to use instead and exits 1.")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    SettingsOptions options;
    @Option(names = "--to", paramLabel = "FILE", required = true, description = "backup file; replaced atomically if it exists")
    Path to;
    @Spec
    CommandSpec spec;
    private final SettingsLoader loader;

    BackupCommand(SettingsLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        Settings settings = options.load(loader);
        if (settings.database().postgres().isPresent()) {
            spec.commandLine().getErr().println("cronkeeper: " + PgDumpAdvice.backup(settings.database().postgres().get(), to));
            return 1;
        }
        Backup.Result r = Backup.write(settings.dataDir(), to, Clock.systemUTC());
        spec.commandLine().getOut().println("backup written to " + r.file() + " (" + r.bytes() + " bytes, schema version "
            + r.schemaVersion() + ")");
        return 0;
    }
}
