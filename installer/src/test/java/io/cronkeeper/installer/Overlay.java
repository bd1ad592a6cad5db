package io.cronkeeper.installer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a shell script as root in a throw-away copy of this machine: a private mount namespace
 * with an overlay (upper layer on tmpfs) over /, chrooted into. Packages can be installed,
 * upgraded and purged there for real, and nothing reaches the machine itself.
 */
final class Overlay {
    private Overlay() {
    }

    /** Why the overlay cannot be made here, or empty when it can. */
    static String unavailable(Path dir) throws Exception {
        Packages.Result r = run(dir, "true");
        return r.exitCode() == 0 ? "" : r.output();
    }

    static Packages.Result run(Path dir, String script) throws Exception {
        Path mnt = Files.createDirectories(dir.resolve("mnt"));
        Path scriptFile = Files.writeString(dir.resolve("script.sh"), "set -eu\n" + script + "\n");
        String setup = String.join(" && ",
            "mount -t tmpfs tmpfs \"$1\"",
            "mkdir \"$1/upper\" \"$1/work\" \"$1/root\"",
            "mount -t overlay overlay -o lowerdir=/,upperdir=\"$1/upper\",workdir=\"$1/work\" \"$1/root\"",
            "mount --bind /proc \"$1/root/proc\"",
            "mount --bind /dev \"$1/root/dev\"",
            "mount -t tmpfs tmpfs \"$1/root/tmp\"",
            KeepCheckout.bindInto("$1/root"),
            "cp \"$2\" \"$1/root/tmp/script.sh\"",
            "exec chroot \"$1/root\" /bin/sh /tmp/script.sh");
        return Packages.run(List.of("unshare", "-m", "--propagation", "private", "sh", "-c", setup, "sh",
            mnt.toString(), scriptFile.toString()), 600);
    }
}
