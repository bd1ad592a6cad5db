package io.cronkeeper.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * cronkeeper(1) in roff, written from the picocli model at package time (package.sh), so the man
 * page lists exactly the commands and options the binary has. Usage: {@code ManPage DIR} writes
 * {@code DIR/cronkeeper.1}.
 */
public final class ManPage {
    private ManPage() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("cronkeeper.1"), render(CronkeeperCommand.commandLine()), StandardCharsets.UTF_8);
    }

    static String render(CommandLine root) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        CommandSpec spec = root.getCommandSpec();
        String version = spec.version().length > 0 ? spec.version()[0] : "Cronkeeper";
        out.println(".TH CRONKEEPER 1 \"\" \"" + escape(version) + "\" \"User Commands\"");
        out.println(".SH NAME");
        out.println("cronkeeper \\- " + escape(String.join(" ", spec.usageMessage().description())));
        out.println(".SH SYNOPSIS");
        out.println(".B cronkeeper");
        out.println("[\\fIOPTIONS\\fR]");
        out.println(".br");
        out.println(".B cronkeeper");
        out.println("\\fICOMMAND\\fR [\\fIOPTIONS\\fR]");
        out.println(".SH DESCRIPTION");
        out.println("Without a command, runs the server until it is stopped. With one, runs that command on the same data"
            + " directory and settings; commands may run while the server does. Every option below works before or after"
            + " the command. The packaged \\fBcronkeeper\\fR command uses \\fI/var/lib/cronkeeper\\fR and the service's"
            + " settings; run it with \\fBsudo\\fR.");
        out.println(".SH OPTIONS");
        options(out, spec);
        out.println(".SH COMMANDS");
        commands(out, root, "cronkeeper");
        out.println(".SH EXIT STATUS");
        exitStatus(out, "0", "done");
        exitStatus(out, "1", "refused or failed; one line on standard error says why");
        exitStatus(out, "2", "a bad setting or bad usage");
        exitStatus(out, String.valueOf(CronkeeperCommand.SCHEMA_TOO_NEW), "the database was written by a newer release");
        out.println(".SH FILES");
        file(out, "/etc/cronkeeper/server.yaml", "settings (see \\fBcheck\\-config\\fR)");
        file(out, "/etc/cronkeeper/cronkeeper.env", "environment of the service and of this command, read as systemd's"
            + " EnvironmentFile= reads it; secrets go here");
        file(out, "/var/lib/cronkeeper", "the data directory: database, install secret, admin token; cronkeeper.db.pre\\-\\fIN\\fR"
            + " are copies taken before an upgrade migrated the database. With \\fB\\-\\-database\\-url\\fR the data lives in"
            + " PostgreSQL, install secret and admin token included, and only a copy of the admin token stays here");
        out.println(".SH ENVIRONMENT");
        out.println("Every setting has a CRONKEEPER_ variable (for example CRONKEEPER_PORT, CRONKEEPER_DATA_DIR); a flag"
            + " beats the environment, which beats the config file. CRONKEEPER_ENV_FILE names an environment file to read."
            + " A secret (CRONKEEPER_ADMIN_TOKEN, CRONKEEPER_SMTP_PASSWORD, CRONKEEPER_DATABASE_PASSWORD) may instead come"
            + " from the file its variable with _FILE appended names, for example CRONKEEPER_DATABASE_PASSWORD_FILE.");
        out.println(".SH SEE ALSO");
        out.println(".BR cronkeeper\\-admin (1),");
        out.println(".BR systemd.exec (5)");
        out.flush();
        return text.toString();
    }

    private static void commands(PrintWriter out, CommandLine cli, String prefix) {
        cli.getSubcommands().forEach((name, sub) -> {
            CommandSpec spec = sub.getCommandSpec();
            if (!spec.name().equals(name)) {
                return;
            }
            String full = prefix + " " + name;
            if (sub.getSubcommands().isEmpty()) {
                out.println(".SS \"" + escape(full) + "\"");
                out.println(escape(String.join(" ", spec.usageMessage().description())));
                // The setting flags every command takes are listed once, under OPTIONS.
                spec.options().stream().filter(o -> !o.usageHelp() && !o.versionHelp())
                    .filter(o -> cli.getCommandSpec().root().findOption(o.longestName()) == null).forEach(o -> option(out, o));
            }
            commands(out, sub, full);
        });
    }

    private static void options(PrintWriter out, CommandSpec spec) {
        spec.options().forEach(o -> option(out, o));
    }

    private static void option(PrintWriter out, OptionSpec o) {
        if (o.hidden()) {
            return;
        }
        out.println(".TP");
        String names = String.join(", ", java.util.Arrays.stream(o.names()).map(n -> "\\fB" + escape(n) + "\\fR").toList());
        out.println(o.arity().max() > 0 ? names + " \\fI" + escape(o.paramLabel()) + "\\fR" : names);
        out.println(escape(String.join(" ", o.description())) + (o.required() ? " (required)" : ""));
    }

    private static void exitStatus(PrintWriter out, String code, String meaning) {
        out.println(".TP");
        out.println(".B " + code);
        out.println(meaning);
    }

    private static void file(PrintWriter out, String path, String what) {
        out.println(".TP");
        out.println(".I " + escape(path));
        out.println(what);
    }

    /** Backslashes and hyphens as roff wants them; a leading dot or quote would be a request. */
    static String escape(String s) {
        String e = s.replace("\\", "\\e").replace("-", "\\-");
        return e.startsWith(".") || e.startsWith("'") ? "\\&" + e : e;
    }
}
