package io.cronkeeper;

import io.cronkeeper.cli.CronkeeperCommand;
import picocli.CommandLine;

/** {@code java -jar appliance-server.jar [options]} runs the server; subcommands are the CLI. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tLZ %4$s %3$s - %5$s%6$s%n");
        int code = CronkeeperCommand.execute(args);
        if (code != 0 || !CronkeeperCommand.isServing(args)) {
            System.exit(code);
        }
    }
}
