package io.cronkeeper.cli;

import io.cronkeeper.config.Settings;
import io.cronkeeper.config.SettingsLoader;
import io.cronkeeper.hcimport.HealthchecksImport;
import io.cronkeeper.hcimport.ImportOptions;
import io.cronkeeper.hcimport.ImportReport;
import io.cronkeeper.hcimport.Progress;
import io.cronkeeper.project.KeyHasher;
import io.cronkeeper.project.ProjectService;
import io.cronkeeper.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code import-healthchecks}: a Healthchecks project's checks keep their UUIDs, slugs and ping
 * URLs. The key comes from a file or {@code HC_API_KEY}, never the command line (it would show in
 * {@code ps} and shell history). Safe while the server runs on the same data dir.
 */
@Command(name = "import-healthchecks", mixinStandardHelpOptions = true,
    description = "Import every check of a Healthchecks project (healthchecks.io or self-hosted) with its UUID, "
        + "slug and schedule; running it again updates, never duplicates.")
final class ImportHealthchecksCommand implements Callable<Integer> {
    @Mixin
    SettingsOptions options;
    @Option(names = "--url", required = true, paramLabel = "URL", description = "where Healthchecks is opened, e.g. https://healthchecks.io")
    String url;
    @Option(names = "--api-key-file", paramLabel = "FILE", description = "file holding the project's read-write API key (else env HC_API_KEY)")
    Path apiKeyFile;
    @Option(names = "--ping-key", paramLabel = "KEY", description = "the project's ping key from Healthchecks' project settings, so slug URLs keep working")
    String pingKey = "";
    @Option(names = "--project", paramLabel = "NAME", description = "project to import into (default: where the checks are already, else a new one)")
    String project = "";
    @Option(names = "--history", description = "also bring the ping log, ping bodies and flips")
    boolean history;
    @Option(names = "--dry-run", description = "print what would be imported and change nothing")
    boolean dryRun;
    @Spec
    CommandSpec spec;
    private final SettingsLoader loader;

    ImportHealthchecksCommand(SettingsLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        String key = apiKey();
        Settings settings = options.load(loader);
        Database db = Database.open(settings);
        try {
            // The CLI may be the first to touch a data dir: it sets it up as a first server start would.
            new ProjectService(db.jdbi(), KeyHasher.of(db, settings.dataDir()), Clock.systemUTC()).ensureDefaultProject();
            var importer = new HealthchecksImport(db.jdbi(), Clock.systemUTC(), settings.pingEndpoint(),
                settings.pingLogLimit(), settings.pingBodyLimit());
            ImportReport report = importer.run(new ImportOptions(url, key, pingKey.strip(), project, history, dryRun),
                progress(spec.commandLine().getErr()));
            PrintWriter out = spec.commandLine().getOut();
            report.lines().forEach(out::println);
            return 0;
        } finally {
            db.close();
        }
    }

    private String apiKey() {
        if (apiKeyFile != null) {
            try {
                return Files.readString(apiKeyFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the API key file " + apiKeyFile + ": " + e.getMessage());
            }
        }
        return loader.env("HC_API_KEY").orElseThrow(() -> new IllegalArgumentException(
            "no API key: put the Healthchecks project's read-write key in a file and pass --api-key-file FILE, "
                + "or set HC_API_KEY"));
    }

    /** About ten lines per phase however many checks: enough to see it move, not a flood. */
    private static Progress progress(PrintWriter err) {
        return (phase, done, total) -> {
            int step = Math.max(1, total / 10);
            if (total > 0 && (done == total || done % step == 0 && done > 0)) {
                err.println(phase + ": " + done + " of " + total + " checks");
            }
        };
    }
}
