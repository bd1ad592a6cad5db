package io.cronkeeper.gui.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop wants dark: the user's override ({@code -Dcronkeeper.theme} or
 * {@code CRONKEEPER_THEME}: {@code dark}, {@code light}), then {@code GTK_THEME} ("Adwaita:dark",
 * "Yaru-dark"), then GNOME's {@code color-scheme} and theme name. JavaFX's own colour scheme only
 * sees the GTK theme, which stays light under GNOME's dark style, so it comes last (in Theme).
 */
final class DesktopScheme {
    private DesktopScheme() {
    }

    /** The user's choice, if any: true for dark. */
    static Optional<Boolean> forced(String property, Map<String, String> env) {
        String v = property.isBlank() ? env.getOrDefault("CRONKEEPER_THEME", "") : property;
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "dark" -> Optional.of(true);
            case "light" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** From {@code GTK_THEME}: a {@code :dark} variant or a theme named dark. */
    static Optional<Boolean> gtkTheme(Map<String, String> env) {
        String theme = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        return theme.isEmpty() ? Optional.empty() : Optional.of(isDarkName(theme));
    }

    /** From gsettings' answers: {@code 'prefer-dark'}, or a dark theme name; empty when it says nothing. */
    static Optional<Boolean> gnome(String colorScheme, String gtkTheme) {
        String scheme = colorScheme.strip().replace("'", "");
        if (scheme.equals("prefer-dark")) {
            return Optional.of(true);
        }
        if (scheme.equals("prefer-light")) {
            return Optional.of(false);
        }
        String theme = gtkTheme.strip().replace("'", "").toLowerCase(Locale.ROOT);
        return theme.isEmpty() ? Optional.empty() : Optional.of(isDarkName(theme));
    }

    private static boolean isDarkName(String theme) {
        return theme.endsWith(":dark") || theme.contains("-dark") || theme.endsWith("dark");
    }

    /** Asks gsettings (a subprocess: call it off the FX thread); empty without GNOME. */
    static Optional<Boolean> askGnome() {
        return gnome(gsettings("color-scheme"), gsettings("gtk-theme"));
    }

    private static String gsettings(String key) {
        try {
            Process p = new ProcessBuilder("gsettings", "get", "org.gnome.desktop.interface", key)
                .redirectErrorStream(true).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "";
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
