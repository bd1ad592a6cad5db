package io.cronkeeper.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * PostgreSQL's server programs and how to run them. initdb refuses to run as root, so a root JVM
 * (CI containers) runs them as the system user {@code postgres} that Debian's package creates.
 *
 * @param switchUser the prefix that runs a command as {@code owner}; empty when that is us
 */
record PostgresBinaries(Path binDir, String localeOption, String owner, List<String> switchUser) {
    private static final int OLDEST = 15;
    private static final Path DEBIAN = Path.of("/usr/lib/postgresql");

    /** Why PostgreSQL cannot be used here; the message is what a skipped test reports. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    /** What a command printed (stdout and stderr together) and how it ended. */
    record Ran(List<String> command, int exit, String output) {
        boolean ok() {
            return exit == 0;
        }
    }

    static PostgresBinaries find() throws Unavailable {
        Path bin = debianBinDir().or(PostgresBinaries::pgConfigBinDir).orElseThrow(() -> new Unavailable(
            "no PostgreSQL " + OLDEST + "+ server: no " + DEBIAN + "/<N>/bin/initdb with N >= " + OLDEST
                + " and no usable pg_config on PATH (Debian: apt-get install postgresql)"));
        for (String tool : List.of("initdb", "pg_ctl", "postgres", "psql")) {
            if (!Files.isExecutable(bin.resolve(tool))) {
                throw new Unavailable("no executable " + tool + " in " + bin);
            }
        }
        String locale = run(List.of("locale", "-a"), Path.of("/"), "").output().lines()
            .anyMatch(l -> l.equalsIgnoreCase("C.UTF-8") || l.equalsIgnoreCase("C.utf8")) ? "--locale=C.UTF-8" : "--no-locale";
        if (!isRoot()) {
            return new PostgresBinaries(bin, locale, System.getProperty("user.name"), List.of());
        }
        Ran uid = run(List.of("id", "-u", "postgres"), Path.of("/"), "");
        Ran gid = run(List.of("id", "-g", "postgres"), Path.of("/"), "");
        if (!uid.ok() || !gid.ok()) {
            throw new Unavailable("running as root, which initdb refuses, and there is no system user postgres to run it as: "
                + uid.output().strip());
        }
        if (onPath("runuser")) {
            return new PostgresBinaries(bin, locale, "postgres", List.of("runuser", "-u", "postgres", "--"));
        }
        if (onPath("setpriv")) {
            return new PostgresBinaries(bin, locale, "postgres", List.of("setpriv", "--reuid=" + uid.output().strip(),
                "--regid=" + gid.output().strip(), "--init-groups", "--"));
        }
        throw new Unavailable("running as root, which initdb refuses, and neither runuser nor setpriv is on PATH to switch to postgres");
    }

    /** Runs one of the PostgreSQL programs as the owner, in {@code dir} (the owner may not read our working dir). */
    Ran run(Path dir, String stdin, String tool, String... args) {
        List<String> command = new ArrayList<>(switchUser);
        command.add(binDir.resolve(tool).toString());
        command.addAll(Arrays.asList(args));
        return run(command, dir, stdin);
    }

    static Ran run(List<String> command, Path dir, String stdin) {
        try {
            Path out = Files.createTempFile("ck-pg-cmd-", ".out");
            try {
                ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile());
                // A developer's PGHOST or PGPORT must not point our commands at another server.
                pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
                // A file rather than a pipe: the postmaster pg_ctl leaves running can never hold our read open.
                Process p = pb.start();
                try (var in = p.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
                boolean done = p.waitFor(120, TimeUnit.SECONDS);
                if (!done) {
                    p.destroyForcibly().waitFor();
                }
                String output = Files.readString(out);
                return new Ran(command, done ? p.exitValue() : -1, done ? output : output + "\n(killed after 120 s)");
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            return new Ran(command, -1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Ran(command, -1, e.toString());
        }
    }

    /** The newest Debian server, preferred over whatever else is on PATH (/usr/local/bin may hold another build). */
    private static Optional<Path> debianBinDir() {
        try (Stream<Path> versions = Files.list(DEBIAN)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                .filter(v -> Integer.parseInt(v.getFileName().toString()) >= OLDEST)
                .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                .map(v -> v.resolve("bin"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> pgConfigBinDir() {
        if (!onPath("pg_config")) {
            return Optional.empty();
        }
        Ran version = run(List.of("pg_config", "--version"), Path.of("/"), "");
        Ran bin = run(List.of("pg_config", "--bindir"), Path.of("/"), "");
        // "PostgreSQL 16.2 (Debian ...)" or "PostgreSQL 17devel"
        String major = version.output().replaceFirst("(?s)^PostgreSQL (\\d+).*", "$1");
        if (!version.ok() || !bin.ok() || !major.matches("\\d+") || Integer.parseInt(major) < OLDEST) {
            return Optional.empty();
        }
        return Optional.of(Path.of(bin.output().strip()));
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"))
            || run(List.of("id", "-u"), Path.of("/"), "").output().strip().equals("0");
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin").split(":"))
            .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, program)));
    }
}
