package io.cronkeeper.installer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Where the build put the packages, and running the Debian tools on them. */
final class Packages {
    static final Path DIR = Path.of(System.getProperty("packages.dir", "target/packages"));
    static final String VERSION = System.getProperty("project.version", "0.1.0-SNAPSHOT");
    static final Path SERVER_DEB = DIR.resolve("cronkeeper-server_" + VERSION.replace('-', '~') + "_amd64.deb");
    static final Path SERVER_TARBALL = DIR.resolve("cronkeeper-server-" + VERSION + "-linux-x64.tar.gz");
    static final Path ADMIN_DEB = DIR.resolve("cronkeeper-admin_" + VERSION.replace('-', '~') + "_amd64.deb");
    static final Path ADMIN_TARBALL = DIR.resolve("cronkeeper-admin-" + VERSION + "-linux-x64.tar.gz");
    static final Path SOURCES = Path.of("src", "deb").toAbsolutePath();

    private Packages() {
    }

    record Result(int exitCode, String output) {
    }

    /** Runs a command to its end (stdout and stderr together), failing the test after two minutes. */
    static Result run(List<String> command) {
        return run(command, 120);
    }

    static Result run(List<String> command, long timeoutSeconds) {
        try {
            Path out = Files.createTempFile("cmd-", ".log");
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("timed out: " + command);
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Result run(String... command) {
        return run(List.of(command));
    }

    /** Runs a command that must succeed; returns its output. */
    static String ok(String... command) {
        Result r = run(command);
        if (r.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + r.exitCode() + ":\n" + r.output());
        }
        return r.output();
    }
}
