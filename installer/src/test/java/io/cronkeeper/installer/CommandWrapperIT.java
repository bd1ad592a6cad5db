package io.cronkeeper.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /usr/bin/cronkeeper} from the unpacked .deb, pointed at a temp copy of
 * {@code /etc/cronkeeper}: the env file reaches the settings with the values systemd gives the
 * service, and nothing in it runs or expands.
 */
class CommandWrapperIT {
    @TempDir
    static Path tmp;
    static Path wrapper;
    static Path etc;

    @BeforeAll
    static void unpack() throws IOException {
        Path tree = tmp.resolve("tree");
        Packages.ok("dpkg-deb", "-x", Packages.SERVER_DEB.toString(), tree.toString());
        etc = Files.createDirectories(tmp.resolve("etc"));
        Files.writeString(etc.resolve("server.yaml"), "# empty\n");
        wrapper = tmp.resolve("cronkeeper");
        Files.writeString(wrapper, Files.readString(tree.resolve("usr/bin/cronkeeper"))
            .replace("/opt/cronkeeper/", tree.resolve("opt/cronkeeper") + "/")
            .replace("/etc/cronkeeper/", etc + "/"));
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void envFileValuesReachTheSettingsVerbatimAndNothingRuns() throws IOException {
        Path witness = tmp.resolve("backtick-ran");
        Files.writeString(etc.resolve("cronkeeper.env"), String.join("\n",
            "# the service's settings",
            "CRONKEEPER_SMTP_HOST=mail.example.com",
            "CRONKEEPER_SMTP_FROM=Cron Keeper <ck@example.com>",
            "CRONKEEPER_SMTP_USER=pa$$w0rd`touch " + witness + "`#1",
            "CRONKEEPER_SMTP_PASSWORD='it''s \"quoted\"'",
            "CRONKEEPER_SITE_ROOT=\"https://cron.example.org\"   ",
            ""));
        Packages.Result r = Packages.run(List.of("env", "-u", "JAVA_TOOL_OPTIONS", "CRONKEEPER_DATA_DIR=" + tmp.resolve("data"),
            wrapper.toString(), "check-config", "--config", etc.resolve("server.yaml").toString()));
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output().lines()).contains("env-file: " + etc.resolve("cronkeeper.env"),
            "smtp-from: Cron Keeper <ck@example.com>", "smtp-user: pa$$w0rd`touch " + witness + "`#1",
            "smtp-password: ****", "site-root: https://cron.example.org");
        assertThat(witness).doesNotExist();
    }
}
