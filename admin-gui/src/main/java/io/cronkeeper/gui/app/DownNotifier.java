package io.cronkeeper.gui.app;

import io.cronkeeper.gui.client.ServerEvent;
import io.cronkeeper.gui.client.Workspace;
import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Tells the user when a check goes down: a desktop notification through the system tray where
 * there is one, the in-window banner otherwise. Only flips to down are announced; recoveries
 * show in the table.
 */
final class DownNotifier {
    private final AlertBanner banner;
    private final Optional<TrayIcon> tray;

    DownNotifier(Workspace workspace, AlertBanner banner) {
        this.banner = banner;
        this.tray = trayIcon();
        workspace.onEvent(event -> {
            if (event instanceof ServerEvent.Flipped f && f.flip().newStatus().equals("down")) {
                String name = f.check().map(c -> c.displayName()).orElse(f.checkUuid());
                String project = workspace.project(f.project()).map(p -> " in " + p.name()).orElse("");
                String reason = f.flip().reason().isEmpty() ? "" : " (" + f.flip().reason() + ")";
                notify(name + project + " is down" + reason, f.checkUuid());
            }
        });
    }

    private void notify(String text, String checkUuid) {
        if (tray.isPresent()) {
            TrayIcon icon = tray.get();
            EventQueue.invokeLater(() -> icon.displayMessage("Cronkeeper", text, TrayIcon.MessageType.ERROR));
        } else {
            banner.show(text, checkUuid);
        }
    }

    /** A tray icon when the desktop has a tray; never in a headless run. */
    private static Optional<TrayIcon> trayIcon() {
        if (GraphicsEnvironment.isHeadless() || Boolean.getBoolean("cronkeeper.noTray")) {
            return Optional.empty();
        }
        try {
            if (!SystemTray.isSupported()) {
                return Optional.empty();
            }
            var image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            var g = image.createGraphics();
            g.setColor(new java.awt.Color(0x2e7d32));
            g.fillOval(1, 1, 14, 14);
            g.dispose();
            var icon = new TrayIcon(image, "Cronkeeper");
            icon.setImageAutoSize(true);
            SystemTray.getSystemTray().add(icon);
            return Optional.of(icon);
        } catch (AWTException | UnsupportedOperationException | SecurityException | LinkageError e) {
            return Optional.empty();
        }
    }
}
