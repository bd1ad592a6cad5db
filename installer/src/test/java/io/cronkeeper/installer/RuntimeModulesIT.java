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
 * The jlinked runtimes are hand-kept module lists (installer/pom.xml): jdeps over each app's jars
 * must find no module outside its list, or a new library would fail at run time.
 */
class RuntimeModulesIT {
    @Test
    void everyModuleJdepsFindsIsInTheServerRuntime() throws IOException {
        String found = jdeps(Path.of(System.getProperty("server.input", "target/server-input")), true);
        List<String> modules = Arrays.asList(System.getProperty("server.modules").split(","));
        assertThat(found.split(",")).isSubsetOf(modules);
    }

    /**
     * Without --ignore-missing-deps: a class the admin input lacks (a library left out of it)
     * fails here. JavaFX is resolved as the modules the runtime links.
     */
    @Test
    void everyModuleJdepsFindsIsInTheAdminRuntimeAndNoClassIsMissing() throws IOException {
        String found = jdeps(Path.of(System.getProperty("admin.input", "target/admin-input")), false,
            List.of("--module-path", System.getProperty("admin.javafx", "target/admin-javafx")));
        List<String> modules = Arrays.asList(System.getProperty("admin.modules").split(","));
        assertThat(found.split(",")).contains("java.desktop", "javafx.controls").isSubsetOf(modules);
    }

    private static String jdeps(Path input, boolean ignoreMissing) throws IOException {
        return jdeps(input, ignoreMissing, List.of());
    }

    private static String jdeps(Path input, boolean ignoreMissing, List<String> extra) throws IOException {
        List<String> jars;
        try (Stream<Path> files = Files.list(input)) {
            jars = files.map(Path::toString).filter(f -> f.endsWith(".jar")).sorted().toList();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jdeps").toString(),
            "--print-module-deps", "--multi-release", Integer.toString(Runtime.version().feature()),
            "-q", "--class-path", String.join(":", jars)));
        if (ignoreMissing) {
            command.add(1, "--ignore-missing-deps");
        }
        command.addAll(1, extra);
        command.addAll(jars);
        return Packages.ok(command.toArray(String[]::new)).strip();
    }
}
