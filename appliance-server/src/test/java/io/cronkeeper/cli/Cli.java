package io.cronkeeper.cli;

import io.cronkeeper.config.SettingsLoader;
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
