package io.cronkeeper.cli;

import io.cronkeeper.Appliance;
import io.cronkeeper.config.SettingsException;
import io.cronkeeper.config.SettingsLoader;
import io.cronkeeper.store.Migrations;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Without a subcommand: run the server until it is stopped. */
@Command(name = "cronkeeper", mixinStandardHelpOptions = true, version = "Cronkeeper 0.1.0",
    description = "Cronkeeper appliance: a dead-man's switch for cron jobs and backups.",
    subcommands = {ProjectCommand.class, BackupCommand.class, RestoreCommand.class, ExportCommand.class,
        ImportCommand.class, CheckConfigCommand.class, MigrateCommand.class, AdminTokenCommand.class,
        ImportHealthchecksCommand.class})
public final class CronkeeperCommand implements Callable<Integer> {
    static final int BAD_CONFIG = 2;
    /** The database was written by a newer release: restarting cannot help (see the systemd unit). */
    static final int SCHEMA_TOO_NEW = 3;

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
        cli.setExecutionExceptionHandler(CronkeeperCommand::exitCodeOf);
        cli.setExecutionStrategy(parsed -> {
            refuseIgnoredOptions(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        return cli;
    }

    /**
     * Runs {@code args}: a server start with plain flags straight away ({@link ServeArgs}),
     * anything else through picocli's whole tree. Returns the exit code.
     */
    public static int execute(String[] args) {
        SettingsLoader loader = SettingsLoader.fromSystem();
        Optional<SettingsOptions> plain = isServing(args) ? ServeArgs.parse(args) : Optional.empty();
        if (plain.isEmpty()) {
            return commandLine(loader).execute(args);
        }
        io.cronkeeper.http.WebServerWarmUp.start();
        try {
            return serve(plain.get(), loader);
        } catch (Exception e) {
            return exitCodeOf(e, new PrintWriter(System.err, true));
        }
    }

    private static int exitCodeOf(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        return exitCodeOf(e, cmd.getErr());
    }

    /** One line on stderr for a command that failed, and the exit code that says how. */
    static int exitCodeOf(Exception e, PrintWriter err) {
        err.println("cronkeeper: " + e.getMessage());
        if (e instanceof SettingsException) {
            return BAD_CONFIG;
        }
        if (e instanceof Migrations.SchemaTooNewException) {
            return SCHEMA_TOO_NEW;
        }
        return 1;
    }

    /**
     * A command that does not mix in {@link SettingsOptions} cannot honour a setting given before
     * it; refusing (exit 2) beats running it against another data dir than the one typed.
     */
    private static void refuseIgnoredOptions(CommandLine.ParseResult parsed) {
        List<CommandLine> chain = parsed.asCommandLineList();
        CommandLine last = chain.get(chain.size() - 1);
        if (last.getCommandSpec().mixins().values().stream().anyMatch(m -> m.userObject() instanceof SettingsOptions)) {
            return;
        }
        for (CommandLine c : chain) {
            for (var m : c.getCommandSpec().mixins().values()) {
                if (m.userObject() instanceof SettingsOptions given && given.anyGiven()) {
                    throw new CommandLine.ParameterException(last, "'" + last.getCommandName()
                        + "' takes none of the server's settings (--data-dir, --config, ...)");
                }
            }
        }
    }

    /**
     * Whether {@code args} start the server: no subcommand named, no help or version asked. The
     * names come from the annotations, not from picocli's model, which is what a start avoids.
     */
    public static boolean isServing(String[] args) {
        var commands = new java.util.HashSet<String>();
        for (Class<?> sub : CronkeeperCommand.class.getAnnotation(Command.class).subcommands()) {
            Command c = sub.getAnnotation(Command.class);
            commands.add(c.name());
            commands.addAll(List.of(c.aliases()));
        }
        for (String a : args) {
            if (commands.contains(a) || a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Integer call() {
        return serve(options, loader);
    }

    /** Starts the server; it runs on its own threads until the process is stopped. */
    static int serve(SettingsOptions options, SettingsLoader loader) {
        Appliance appliance = Appliance.start(options.load(loader), Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(appliance::close, "shutdown"));
        return 0;
    }

    /** Hands the shared settings loader to every subcommand that takes one. */
    private record Factory(SettingsLoader loader) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.cast(cls.getDeclaredConstructor(SettingsLoader.class).newInstance(loader));
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
