package io.cronkeeper.cli;

import io.cronkeeper.config.Settings;
import io.cronkeeper.config.SettingsLoader;
import io.cronkeeper.ops.Import;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Add what an export holds; rows already present (by UUID) are left alone, so running it twice changes nothing.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    SettingsOptions options;
    @Option(names = "--from", paramLabel = "FILE", required = true, description = "a file written by `export`")
    Path from;
    @Spec
    CommandSpec spec;
    private final SettingsLoader loader;

    ImportCommand(SettingsLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() throws IOException {
        Settings settings = options.load(loader);
        Import.Result r;
        try (InputStream in = Files.newInputStream(from)) {
            r = Import.read(in, settings);
        }
        PrintWriter out = spec.commandLine().getOut();
        r.tables().forEach((table, c) -> out.println(table + ": " + c.added() + " added, " + c.present() + " already present"));
        if (r.adoptedSecret()) {
            out.println("adopted the export's install secret: its API keys and badge links keep working");
        }
        r.notes().forEach(n -> spec.commandLine().getErr().println("note: " + n));
        return 0;
    }
}
