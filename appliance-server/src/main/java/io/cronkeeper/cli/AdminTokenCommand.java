package io.cronkeeper.cli;

import io.cronkeeper.config.Settings;
import io.cronkeeper.config.SettingsLoader;
import io.cronkeeper.project.AdminToken;
import io.cronkeeper.store.DataDir;
import io.cronkeeper.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Prints the admin API's token, making it as a first server start would. The package's
 * post-install step runs it with {@code --group-readable}, so that members of the data dir's
 * group (the desktop users added to {@code cronkeeper}) can read the token and nothing else.
 */
@Command(name = "admin-token", description = "Print the admin token the desktop app connects with (made if missing).")
final class AdminTokenCommand implements Callable<Integer> {
    @Mixin
    SettingsOptions options;
    @Option(names = "--group-readable", description = "let the token file's group read it (mode 0640)")
    boolean groupReadable;
    @Spec
    CommandSpec spec;
    private final SettingsLoader loader;

    AdminTokenCommand(SettingsLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() throws IOException {
        Settings settings = options.load(loader);
        DataDir.ensure(settings.dataDir());
        String token;
        if (settings.database().isPostgres() && settings.adminToken().isEmpty()) {
            // Shared by every node: kept in the database, with a copy in this data dir's file.
            Database db = Database.open(settings);
            try {
                token = AdminToken.ensure(db, settings.dataDir(), settings.adminToken());
            } finally {
                db.close();
            }
        } else {
            token = AdminToken.ensure(settings.dataDir(), settings.adminToken());
        }
        if (groupReadable) {
            if (settings.adminToken().isPresent()) {
                spec.commandLine().getErr().println("cronkeeper: the admin token is configured (admin-token), not kept in a file");
                return 1;
            }
            Files.setPosixFilePermissions(settings.dataDir().resolve(AdminToken.FILE_NAME),
                PosixFilePermissions.fromString("rw-r-----"));
        }
        spec.commandLine().getOut().println(token);
        return 0;
    }
}
