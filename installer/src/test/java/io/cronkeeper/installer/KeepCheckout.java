package io.cronkeeper.installer;

import java.nio.file.Path;

/**
 * Shell steps that keep this module's checkout reachable when a test mounts its own /tmp: CI may
 * clone the repository under /tmp, and a tmpfs over /tmp would hide the packages, scripts and
 * unpacked trees the test runs. Nothing happens for a checkout elsewhere.
 */
final class KeepCheckout {
    /** The installer module's directory (Maven runs the tests there). */
    static final String DIR = Path.of("").toAbsolutePath().toString();

    private KeepCheckout() {
    }

    /** Before /tmp is replaced: park the checkout on /mnt (inside the private mount namespace only). */
    static String park() {
        return "case '" + DIR + "' in /tmp/*) mount --bind '" + DIR + "' /mnt;; esac";
    }

    /** After /tmp is replaced: move the parked checkout back to its path (it keeps its own mount options). */
    static String restore() {
        return "case '" + DIR + "' in /tmp/*) mkdir -p '" + DIR + "' && mount --move /mnt '" + DIR + "';; esac";
    }

    /** For a chroot at {@code root} whose /tmp was replaced: bind the checkout in at the same path. */
    static String bindInto(String root) {
        return "case '" + DIR + "' in /tmp/*) mkdir -p \"" + root + "\"'" + DIR + "' && mount --bind '" + DIR + "' \""
            + root + "\"'" + DIR + "';; esac";
    }
}
