package io.cronkeeper.installer;

import java.util.Map;
import java.util.Optional;

/**
 * The Debian package of each system library the admin app's natives link, by soname. Kept by
 * hand, on purpose: on a build machine without GTK nothing can be looked up (AdminDebIT).
 */
final class NativePackages {
    private static final Map<String, String> BY_SONAME = Map.ofEntries(
        Map.entry("libc.so.6", "libc6"),
        Map.entry("libm.so.6", "libc6"),
        Map.entry("libdl.so.2", "libc6"),
        Map.entry("libpthread.so.0", "libc6"),
        Map.entry("librt.so.1", "libc6"),
        Map.entry("ld-linux-x86-64.so.2", "libc6"),
        Map.entry("libgtk-3.so.0", "libgtk-3-0"),
        Map.entry("libgdk-3.so.0", "libgtk-3-0"),
        Map.entry("libglib-2.0.so.0", "libglib2.0-0"),
        Map.entry("libgobject-2.0.so.0", "libglib2.0-0"),
        Map.entry("libgthread-2.0.so.0", "libglib2.0-0"),
        Map.entry("libgio-2.0.so.0", "libglib2.0-0"),
        Map.entry("libpango-1.0.so.0", "libpango-1.0-0"),
        Map.entry("libpangoft2-1.0.so.0", "libpangoft2-1.0-0"),
        Map.entry("libpangocairo-1.0.so.0", "libpangocairo-1.0-0"),
        Map.entry("libcairo.so.2", "libcairo2"),
        Map.entry("libcairo-gobject.so.2", "libcairo-gobject2"),
        Map.entry("libgdk_pixbuf-2.0.so.0", "libgdk-pixbuf-2.0-0"),
        Map.entry("libatk-1.0.so.0", "libatk1.0-0"),
        Map.entry("libfontconfig.so.1", "libfontconfig1"),
        Map.entry("libfreetype.so.6", "libfreetype6"),
        Map.entry("libX11.so.6", "libx11-6"),
        Map.entry("libXext.so.6", "libxext6"),
        Map.entry("libXi.so.6", "libxi6"),
        Map.entry("libXrender.so.1", "libxrender1"),
        Map.entry("libXtst.so.6", "libxtst6"),
        Map.entry("libXxf86vm.so.1", "libxxf86vm1"),
        Map.entry("libGL.so.1", "libgl1"),
        Map.entry("libasound.so.2", "libasound2"));

    private NativePackages() {
    }

    static Optional<String> of(String soname) {
        return Optional.ofNullable(BY_SONAME.get(soname));
    }
}
