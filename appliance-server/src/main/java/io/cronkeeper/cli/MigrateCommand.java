package io.cronkeeper.cli;

import io.cronkeeper.config.SettingsLoader;
import io.cronkeeper.store.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "migrate", description = "Bring the database to this release's schema and exit (the server also does so at start).")
final class MigrateCommand implements Callable<Integer> {
    @Mixin
    SettingsOptions options;
    @Spec
    CommandSpec spec;
    private final SettingsLoader loader;

    MigrateCommand(SettingsLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        Database db = Database.open(options.load(loader));
        try {
            int version = db.jdbi().withHandle(h -> h.createQuery("SELECT max(version) FROM schema_version")
                .mapTo(Integer.class).one());
            spec.commandLine().getOut().println(db.location() + ": schema version " + version);
        } finally {
            db.close();
        }
        return 0;
    }
}
