package io.cronkeeper.cli;

import io.cronkeeper.TestStore;
import io.cronkeeper.config.SettingsLoader;
import io.cronkeeper.store.PostgresDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** The CLI's entry point run in-process, with its own environment and captured output. */
final class Cli {
    private final Map<String, String> env = new HashMap<>();
    private final Path systemConfig;

    Cli(Path tmp) {
        this.systemConfig = tmp.resolve("no-system.yaml");
    }

    record Run(int exitCode, String out, String err) {
    }

    Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Run run(String... args) {
        if (TestStore.POSTGRES && !env.containsKey("CRONKEEPER_DATABASE_URL") && !java.util.Arrays.asList(args).contains("--database-url")) {
            // The run on PostgreSQL: a command on a data dir works on that data dir's database, as the test servers do.
            for (int i = 0; i + 1 < args.length; i++) {
                if (args[i].equals("--data-dir")) {
                    // Made here: TestStore drops the database of a data dir that does not exist.
                    mkdirs(Path.of(args[i + 1]));
                    PostgresDatabase db = TestStore.databaseFor(Path.of(args[i + 1]));
                    Map<String, String> withDb = new HashMap<>(env);
                    withDb.put("CRONKEEPER_DATABASE_URL", db.url());
                    withDb.put("CRONKEEPER_DATABASE_PASSWORD", db.password());
                    return run(withDb, args);
                }
            }
        }
        return run(env, args);
    }

    private static void mkdirs(Path dir) {
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CronkeeperCommand.commandLine(new SettingsLoader(env, systemConfig));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs and fails the test unless the command succeeds. */
    Run ok(String... args) {
        Run r = run(args);
        if (r.exitCode() != 0) {
            throw new AssertionError("cronkeeper " + String.join(" ", args) + " exited " + r.exitCode() + ": " + r.err());
        }
        return r;
    }
}
