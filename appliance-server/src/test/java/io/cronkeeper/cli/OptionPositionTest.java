package io.cronkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.config.SettingsLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every setting flag works before or after the subcommand. The first test walks the whole
 * command tree, so a command added later is covered without touching this class.
 */
class OptionPositionTest {
    @TempDir
    Path tmp;

    @Test
    void everyCommandHonoursTheDataDirBeforeAndAfterItsName() {
        List<List<String>> leaves = leaves(CronkeeperCommand.commandLine(), new ArrayList<>());
        assertThat(leaves).hasSizeGreaterThan(8);
        String dir = tmp.resolve("typed").toString();
        for (List<String> path : leaves) {
            List<String> required = requiredArgs(path);
            for (int at = 0; at <= path.size(); at++) {
                List<String> args = new ArrayList<>(path.subList(0, at));
                args.addAll(List.of("--data-dir", dir));
                args.addAll(path.subList(at, path.size()));
                args.addAll(required);
                assertThat(dataDirSeenBy(args)).as("cronkeeper %s", String.join(" ", args)).isEqualTo(Path.of(dir));
            }
        }
    }

    @Test
    void migrateWithTheDataDirFirstMigratesThatDataDir() {
        Path d = tmp.resolve("d");
        Cli.Run r = cli().ok("--data-dir", d.toString(), "migrate");
        assertThat(r.out()).startsWith(d.resolve("cronkeeper.db") + ": schema version");
        assertThat(tmp.resolve("xdg")).doesNotExist();
    }

    @Test
    void projectsCreatedWithTheFlagFirstAreListedWithItLast() {
        Path d = tmp.resolve("d");
        cli().ok("--data-dir", d.toString(), "project", "create", "--name", "Before");
        cli().ok("project", "--data-dir", d.toString(), "create", "--name", "Between");
        String listed = cli().ok("project", "list", "--data-dir", d.toString()).out();
        assertThat(listed).contains("\"Before\"", "\"Between\"");
        assertThat(tmp.resolve("xdg")).doesNotExist();
    }

    @Test
    void configFileBeforeTheCommandIsRead() throws Exception {
        Path config = tmp.resolve("server.yaml");
        Files.writeString(config, "port: 9123\n");
        Cli.Run r = cli().ok("--config", config.toString(), "check-config", "--data-dir", tmp.resolve("d").toString());
        assertThat(r.out().lines()).contains("port: 9123", "data-dir: " + tmp.resolve("d"));
    }

    @Test
    void theSameFlagTwiceWithDifferentValuesIsRefusedAndTouchesNeither() {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Cli.Run r = cli().run("--data-dir", a.toString(), "migrate", "--data-dir", b.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--data-dir is given twice", a.toString(), b.toString());
        assertThat(a).doesNotExist();
        assertThat(b).doesNotExist();
        assertThat(cli().ok("--data-dir", a.toString(), "migrate", "--data-dir", a.toString()).out()).contains(a.toString());
    }

    private Cli cli() {
        return new Cli(tmp).env("XDG_DATA_HOME", tmp.resolve("xdg").toString());
    }

    /** Parses without running, and asks the command that would run which data dir it would use. */
    private Path dataDirSeenBy(List<String> args) {
        SettingsLoader loader = new SettingsLoader(Map.of("XDG_DATA_HOME", tmp.resolve("xdg").toString()),
            tmp.resolve("no-system.yaml"));
        CommandLine cli = CronkeeperCommand.commandLine(loader);
        List<CommandLine> parsed = cli.parseArgs(args.toArray(String[]::new)).asCommandLineList();
        CommandSpec last = parsed.get(parsed.size() - 1).getCommandSpec();
        SettingsOptions options = last.mixins().values().stream().map(CommandSpec::userObject)
            .filter(SettingsOptions.class::isInstance).map(SettingsOptions.class::cast).findFirst()
            .orElseThrow(() -> new AssertionError("'" + last.qualifiedName() + "' does not mix in SettingsOptions"));
        return options.load(loader).dataDir();
    }

    private static List<List<String>> leaves(CommandLine cli, List<String> path) {
        List<List<String>> out = new ArrayList<>();
        if (cli.getSubcommands().isEmpty() && !path.isEmpty()) {
            out.add(List.copyOf(path));
        }
        cli.getSubcommands().forEach((name, sub) -> {
            List<String> next = new ArrayList<>(path);
            next.add(name);
            out.addAll(leaves(sub, next));
        });
        return out;
    }

    /** Placeholder values for a command's required options, so that it parses. */
    private List<String> requiredArgs(List<String> path) {
        CommandLine cli = CronkeeperCommand.commandLine();
        for (String name : path) {
            cli = cli.getSubcommands().get(name);
        }
        List<String> args = new ArrayList<>();
        for (OptionSpec o : cli.getCommandSpec().options()) {
            if (o.required()) {
                args.add(o.longestName());
                args.add(Number.class.isAssignableFrom(o.type()) || o.type() == int.class ? "1" : tmp.resolve("x").toString());
            }
        }
        return args;
    }
}
