package io.cronkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** cronkeeper(1) is made from the command tree, so it names every command and option there is. */
class ManPageTest {
    @TempDir
    Path tmp;

    @Test
    void manPageNamesEveryCommandAndEveryOption() throws Exception {
        ManPage.main(new String[] {tmp.toString()});
        String page = Files.readString(tmp.resolve("cronkeeper.1"));
        assertThat(page).startsWith(".TH CRONKEEPER 1 ").contains(".SH EXIT STATUS", "/etc/cronkeeper/cronkeeper.env");
        walk(CronkeeperCommand.commandLine(), "cronkeeper", page);
    }

    private static void walk(CommandLine cli, String path, String page) {
        cli.getCommandSpec().options().stream().filter(o -> !o.hidden())
            .forEach(o -> assertThat(page).as(path + " " + o.longestName()).contains("\\fB" + ManPage.escape(o.longestName()) + "\\fR"));
        cli.getSubcommands().forEach((name, sub) -> {
            if (sub.getSubcommands().isEmpty()) {
                assertThat(page).contains(".SS \"" + ManPage.escape(path + " " + name) + "\"");
            }
            walk(sub, path + " " + name, page);
        });
    }

    @Test
    void manFormatsItWithoutWarnings() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/groff")), "groff is not installed");
        ManPage.main(new String[] {tmp.toString()});
        Process p = new ProcessBuilder("groff", "-man", "-Tutf8", "-ww", "-z", tmp.resolve("cronkeeper.1").toString())
            .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEmpty();
        assertThat(p.exitValue()).isZero();
    }
}
