package io.cronkeeper.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The admin app's desktop entry and icon, which its package will install. JavaFX names a
 * window's WM_CLASS after the launched Application subclass, dots kept (LauncherImpl sets the
 * glass application name to its class name), so StartupWMClass is that class's name.
 */
class DesktopEntryIT {
    static final Path ROOT = Packages.SOURCES.resolve("admin-root/usr/share");
    static final Path ENTRY = ROOT.resolve("applications/cronkeeper-admin.desktop");

    @Test
    void desktopFileValidateAcceptsTheEntry() {
        Packages.Result r = Packages.run("desktop-file-validate", ENTRY.toString());
        assertThat(r.exitCode()).as(r.output()).isZero();
        // Hints are allowed (three categories are two main ones, as asked); errors and warnings are not.
        assertThat(r.output()).doesNotContain("error:", "warning:");
    }

    @Test
    void entryNamesTheJavaFxWindowClassAndTheCategories() throws IOException {
        String entry = Files.readString(ENTRY);
        assertThat(entry.lines()).contains("Categories=System;Monitor;Network;",
            "StartupWMClass=io.cronkeeper.gui.app.AdminApp", "Icon=cronkeeper-admin",
            "Exec=/opt/cronkeeper-admin/bin/cronkeeper-admin");
    }

    @Test
    void iconIsAnSvgDocumentAndAPng() throws Exception {
        Document svg = DocumentBuilderFactory.newInstance()
            .newDocumentBuilder().parse(ROOT.resolve("icons/hicolor/scalable/apps/cronkeeper-admin.svg").toFile());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        byte[] png = Files.readAllBytes(ROOT.resolve("icons/hicolor/256x256/apps/cronkeeper-admin.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }
}
