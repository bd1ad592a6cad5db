package io.cronkeeper.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first things a newcomer does: run the jar with whatever Java the machine has, and stop the
 * README's first command ({@code mvnw … exec:exec}) again.
 */
class NewcomerPathsIT {
    private static final Path JAR = Path.of("target", "appliance-server.jar").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void anOldJavaSaysInOneLineWhichJavaIsNeeded() throws Exception {
        Optional<Path> old = oldJava();
        Assumptions.assumeTrue(old.isPresent(), "no Java older than 21 under /usr/lib/jvm to try the jar with");
        Process p = new ProcessBuilder(old.get().toString(), "-jar", JAR.toString(), "--help")
            .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(out.lines().toList()).hasSize(1);
        assertThat(out).startsWith("cronkeeper: needs Java 21 or newer, but was started with Java ")
            .contains(old.get().getParent().getParent().toString());
    }

    @Test
    void stoppingTheReadmesFirstCommandEndsQuietly() throws Exception {
        int port = freePort();
        Path log = dir.resolve("mvn.log");
        Path mvnw = Path.of("..", "mvnw").toAbsolutePath().normalize();
        ProcessBuilder pb = new ProcessBuilder(mvnw.toString(), "-o", "-q", "exec:exec")
            .directory(Path.of("").toAbsolutePath().toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("CRONKEEPER_PORT", Integer.toString(port));
        pb.environment().put("CRONKEEPER_DATA_DIR", dir.resolve("data").toString());
        Process maven = pb.start();
        try {
            awaitListening(port, maven, log);
            ProcessHandle server = maven.descendants()
                .filter(h -> h.info().commandLine().orElse("").contains("appliance-server.jar")).findFirst()
                .orElseThrow(() -> new AssertionError("no server process under Maven"));
            // What the terminal's Ctrl+C or a plain kill does to the server: it stops with 130 or 143.
            server.destroy();
            assertThat(maven.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(maven.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("[ERROR]", "BUILD FAILURE");
    }

    private static Optional<Path> oldJava() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(h -> !Files.isSymbolicLink(h)).map(h -> h.resolve("bin/java")).filter(Files::isExecutable)
                .filter(java -> release(java.getParent().getParent()).map(v -> v < 21).orElse(false)).findFirst();
        }
    }

    private static Optional<Integer> release(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    v = v.startsWith("1.") ? v.substring(2) : v;
                    return Optional.of(Integer.parseInt(v.split("[._+-]")[0]));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitListening(int port, Process maven, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && maven.isAlive()) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(300);
            }
        }
        throw new AssertionError("the server under exec:exec did not start:\n" + Files.readString(log));
    }
}
