package io.cronkeeper.cli;

import io.cronkeeper.Appliance;
import io.cronkeeper.config.SettingsException;
import io.cronkeeper.config.SettingsLoader;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Without a subcommand: run the server until it is stopped. */
@Command(name = "cronkeeper", mixinStandardHelpOptions = true, version = "Cronkeeper 0.1.0",
    description = "Cronkeeper appliance: a dead-man's switch for cron jobs and backups.",
    subcommands = {ProjectCommand.class})
public final class CronkeeperCommand implements Callable<Integer> {
    static final int BAD_CONFIG = 2;

    @Mixin
    SettingsOptions options;

    private final SettingsLoader loader;

    CronkeeperCommand(SettingsLoader loader) {
        this.loader = loader;
    }

    public static CommandLine commandLine() {
        return commandLine(SettingsLoader.fromSystem());
    }

    /** The command tree with a given environment: tests pass their own. */
    public static CommandLine commandLine(SettingsLoader loader) {
        CommandLine cli = new CommandLine(new CronkeeperCommand(loader), new Factory(loader));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (e instanceof SettingsException) {
                err.println("cronkeeper: " + e.getMessage());
                return BAD_CONFIG;
            }
            err.println("cronkeeper: " + e.getMessage());
            return 1;
        });
        return cli;
    }

    public static boolean isServing(String[] args) {
        for (String a : args) {
            if (a.equals("project") || a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Integer call() {
        Appliance appliance = Appliance.start(options.load(loader), Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(appliance::close, "shutdown"));
        return 0;
    }

    /** Hands the shared settings loader to subcommands. */
    private record Factory(SettingsLoader loader) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == ProjectCommand.Create.class) {
                return cls.cast(new ProjectCommand.Create(loader));
            }
            if (cls == ProjectCommand.ListProjects.class) {
                return cls.cast(new ProjectCommand.ListProjects(loader));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
