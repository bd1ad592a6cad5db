package io.cronkeeper.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/api-examples.md runs as written: bench/api-examples.sh executes its curl session against
 * a fresh server started from the packaged jar. Needs curl and jq (.ci/run installs them).
 */
class ApiExamplesIT {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void curlSessionOfTheDocsRunsAgainstAFreshServer() throws Exception {
        Path log = dir.resolve("api-examples.log");
        ProcessBuilder pb = new ProcessBuilder("bash", REPO.resolve("bench/api-examples.sh").toString())
            .directory(REPO.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SKIP_BUILD", "1");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("0 failed");
    }
}
