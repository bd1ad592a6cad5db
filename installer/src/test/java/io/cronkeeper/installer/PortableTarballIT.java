package io.cronkeeper.installer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The app-image tarball for distributions without dpkg: the same tree as the .deb's /opt/cronkeeper. */
class PortableTarballIT {
    @Test
    void tarballHoldsTheLauncherRuntimeAndServerJar() {
        String listing = Packages.ok("tar", "-tzf", Packages.SERVER_TARBALL.toString());
        assertThat(listing.lines()).contains("cronkeeper/bin/cronkeeper", "cronkeeper/lib/runtime/release",
            "cronkeeper/lib/app/appliance-server-" + Packages.VERSION + ".jar", "cronkeeper/lib/app/cronkeeper.cfg");
        assertThat(listing.lines()).allMatch(l -> l.startsWith("cronkeeper/"));
        assertThat(listing).doesNotContain("libawt_xawt.so");
    }

    @Test
    void adminTarballHoldsTheLauncherRuntimeAndJavaFx() {
        String listing = Packages.ok("tar", "-tzf", Packages.ADMIN_TARBALL.toString());
        assertThat(listing.lines()).contains("cronkeeper-admin/bin/cronkeeper-admin", "cronkeeper-admin/lib/runtime/release",
            "cronkeeper-admin/lib/app/admin-gui-" + Packages.VERSION + ".jar", "cronkeeper-admin/lib/runtime/lib/libglassgtk3.so",
            "cronkeeper-admin/lib/app/cronkeeper-admin.aot");
        assertThat(listing.lines()).allMatch(l -> l.startsWith("cronkeeper-admin/"));
    }
}
