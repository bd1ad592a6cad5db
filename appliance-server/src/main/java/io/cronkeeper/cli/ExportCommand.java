package io.cronkeeper.cli;

import io.cronkeeper.config.Settings;
import io.cronkeeper.config.SettingsLoader;
import io.cronkeeper.ops.Export;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Write projects, API key hashes, checks and integrations as JSON (with --pings also pings and flips).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    SettingsOptions options;
    @Option(names = "--pings", description = "include pings and flips")
    boolean pings;
    @Option(names = "--to", paramLabel = "FILE", description = "write to FILE (mode 0600) instead of standard output")
    Path to;
    @Spec
    CommandSpec spec;
    private final SettingsLoader loader;

    ExportCommand(SettingsLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() throws IOException {
        Settings settings = options.load(loader);
        Map<String, Integer> counts;
        if (to == null) {
            OutputStream out = System.out;
            counts = Export.write(settings, out, pings, Clock.systemUTC());
            out.write('\n');
            out.flush();
        } else {
            // The export holds the install secret and ping keys: never readable by others, never half written.
            Path dir = to.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(dir, ".cronkeeper-export-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    counts = Export.write(settings, out, pings, Clock.systemUTC());
                    out.write('\n');
                }
                Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        spec.commandLine().getErr().println("exported " + counts);
        return 0;
    }
}
