package io.cronkeeper.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * lintian finds nothing in either package but what comes with bundling a Java runtime under
 * /opt (dir-or-file-in-opt, embedded-library): no errors, no warnings. Both packages override
 * jar-not-in-usr-share (the same layout, package.sh); the server package overrides one more,
 * explained in src/deb/server/lintian-overrides, and this test keeps that list from growing.
 */
class LintianIT {
    /**
     * Also for both: lintian 2.116 knows class files up to Java 21's, and the server's sd_notify
     * socket is compiled for Java 22 (the FFM API), the admin app's JavaFX for 25.
     */
    private static final String ACCEPTED = "dir-or-file-in-opt,embedded-library,unknown-java-class-version";
    /** The admin app's: JavaFX's platform-neutral jars hold no classes (those are in its -linux jars). */
    private static final String ADMIN_ACCEPTED = ACCEPTED + ",codeless-jar";

    @Test
    void serverPackageIsLintianClean() throws Exception {
        assertClean(Packages.SERVER_DEB, ACCEPTED);
        List<String> overridden = Files.readAllLines(Packages.SOURCES.resolve("server/lintian-overrides")).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(" ")[1]).toList();
        assertThat(overridden).containsExactly("hardening-no-relro");
    }

    @Test
    void adminPackageIsLintianClean() {
        assertClean(Packages.ADMIN_DEB, ADMIN_ACCEPTED);
    }

    private static void assertClean(Path deb, String accepted) {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/lintian")), "lintian is not installed (apt-get install lintian)");
        Packages.Result r = Packages.run(List.of("lintian", "--tag-display-limit", "0", "--suppress-tags", accepted,
            "--fail-on", "none", deb.toString()), 600);
        List<String> findings = r.output().lines().filter(l -> l.matches("^[EW]: .*")).toList();
        assertThat(findings).as(r.output()).isEmpty();
    }
}
