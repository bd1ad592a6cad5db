package io.cronkeeper.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The jlinked runtime is a hand-kept module list (installer/pom.xml): jdeps over the server jar
 * and its libraries must find no module outside it, or a new library would fail at run time.
 */
class RuntimeModulesIT {
    @Test
    void everyModuleJdepsFindsIsInTheServerRuntime() throws IOException {
        Path input = Path.of(System.getProperty("server.input", "target/server-input"));
        List<String> jars;
        try (Stream<Path> files = Files.list(input)) {
            jars = files.map(Path::toString).filter(f -> f.endsWith(".jar")).sorted().toList();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jdeps").toString(),
            "--print-module-deps", "--ignore-missing-deps", "--multi-release", Integer.toString(Runtime.version().feature()),
            "-q", "--class-path", String.join(":", jars)));
        command.addAll(jars);
        String found = Packages.ok(command.toArray(String[]::new)).strip();
        List<String> modules = Arrays.asList(System.getProperty("server.modules").split(","));
        assertThat(found.split(",")).isSubsetOf(modules);
    }
}
