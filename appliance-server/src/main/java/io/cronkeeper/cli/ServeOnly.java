package io.cronkeeper.cli;

import io.cronkeeper.config.SettingsLoader;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * A server start parsed against the top-level command alone. picocli builds the model of every
 * subcommand up front (each mixes in the settings flags, and {@code project} starts Jackson), which
 * took 0.4 s of a 1.7 s cold start (issue 16). A command line this command does not accept is
 * handed to the whole tree, so an error reads exactly as before, "did you mean" included.
 */
final class ServeOnly {
    private ServeOnly() {
    }

    static int execute(String[] args, SettingsLoader loader, Supplier<CommandLine> wholeTree) {
        CommandLine serve = new CommandLine(new Serve(loader));
        serve.setExecutionExceptionHandler(CronkeeperCommand::exitCodeOf);
        serve.setParameterExceptionHandler((e, given) -> wholeTree.get().execute(given));
        return serve.execute(args);
    }

    @Command(name = "cronkeeper")
    static final class Serve implements Callable<Integer> {
        @Mixin
        SettingsOptions options;

        private final SettingsLoader loader;

        Serve(SettingsLoader loader) {
            this.loader = loader;
        }

        @Override
        public Integer call() {
            return CronkeeperCommand.serve(options, loader);
        }
    }
}
