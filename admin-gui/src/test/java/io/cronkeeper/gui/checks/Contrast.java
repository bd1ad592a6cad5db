package io.cronkeeper.gui.checks;

import javafx.scene.paint.Color;

/** WCAG 2 contrast, for tests of what the eye can read. */
final class Contrast {
    private Contrast() {
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** A translucent colour as it shows over {@code under}. */
    static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
            top.getBlue() * a + under.getBlue() * (1 - a), 1);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
