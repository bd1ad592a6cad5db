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
        List<String> leftOut = Arrays.asList(System.getProperty("server.modules.left.out", "").split(","));
        assertThat(Arrays.stream(found.split(",")).filter(m -> !leftOut.contains(m))).isSubsetOf(modules);
        assertThat(modules).doesNotContainAnyElementsOf(leftOut);
    }

    /**
     * The PostgreSQL driver (issue 17) on its own: what jdeps finds in its jar (Kerberos' GSSAPI
     * included), and the JAAS module its Kerberos login loads by name, which jdeps cannot see.
     */
    @Test
    void theServerRuntimeHasWhatThePostgresDriverNeeds() throws IOException {
        Path input = Path.of(System.getProperty("server.input", "target/server-input"));
        List<String> driver;
        try (Stream<Path> files = Files.list(input)) {
            driver = files.map(Path::toString).filter(f -> f.matches(".*/postgresql-[0-9.]+\\.jar")).toList();
        }
        assertThat(driver).as("the PostgreSQL driver in " + input).hasSize(1);
        String found = jdeps(driver, true, List.of());
        List<String> modules = Arrays.asList(System.getProperty("server.modules").split(","));
        assertThat(found.split(",")).contains("java.sql", "java.naming", "java.security.jgss").isSubsetOf(modules);
        assertThat(modules).contains("jdk.security.auth");
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
        return jdeps(jars, ignoreMissing, extra);
    }

    private static String jdeps(List<String> jars, boolean ignoreMissing, List<String> extra) {
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
