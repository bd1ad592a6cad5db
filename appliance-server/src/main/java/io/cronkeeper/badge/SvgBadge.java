package io.cronkeeper.badge;

/**
 * A flat shields-style badge: the label on grey, the status on its colour. Text widths come from
 * Verdana 11px advance widths, so the badge is sized without a font on the server.
 */
final class SvgBadge {
    /** Advance widths in px of ASCII 32..126 in Verdana 11px. */
    private static final double[] ASCII_WIDTHS = {
        3.87, 4.33, 5.05, 9.0, 6.99, 11.84, 7.99, 2.95, 4.99, 4.99, 6.99, 9.0, 4.0, 4.99, 4.0, 4.99, // ' '..'/'
        6.99, 6.99, 6.99, 6.99, 6.99, 6.99, 6.99, 6.99, 6.99, 6.99, 4.99, 4.99, 9.0, 9.0, 9.0, 5.99, // '0'..'?'
        11.0, 7.52, 7.54, 7.68, 8.48, 6.96, 6.32, 8.53, 8.27, 4.61, 5.0, 7.62, 6.12, 9.27, 8.23, 8.66, // '@'..'O'
        6.63, 8.66, 7.65, 7.52, 6.78, 8.05, 7.52, 10.88, 7.54, 6.77, 7.54, 4.99, 4.99, 4.99, 9.0, 6.99, // 'P'..'_'
        6.99, 6.61, 6.85, 5.73, 6.85, 6.55, 3.87, 6.85, 6.96, 3.02, 3.79, 6.51, 3.02, 10.7, 6.96, 6.68, // '`'..'o'
        6.85, 6.85, 4.69, 5.73, 4.33, 6.96, 6.51, 8.98, 6.51, 6.51, 5.78, 6.98, 4.99, 6.98, 9.0, // 'p'..'~'
    };
    private static final double OTHER_WIDTH = 7.0;
    private static final double WIDE_WIDTH = 11.0;
    private static final int PADDING = 10;

    private static final String TEMPLATE = """
        <svg xmlns="http://www.w3.org/2000/svg" width="%1$d" height="20" role="img" aria-label="%6$s: %7$s">
        <title>%6$s: %7$s</title>
        <linearGradient id="s" x2="0" y2="100%%">
        <stop offset="0" stop-color="#bbb" stop-opacity=".1"/>
        <stop offset="1" stop-opacity=".1"/>
        </linearGradient>
        <clipPath id="r"><rect width="%1$d" height="20" rx="3" fill="#fff"/></clipPath>
        <g clip-path="url(#r)">
        <rect width="%2$d" height="20" fill="#555"/>
        <rect x="%2$d" width="%3$d" height="20" fill="%8$s"/>
        <rect width="%1$d" height="20" fill="url(#s)"/>
        </g>
        <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
        <text x="%4$s" y="15" fill="#010101" fill-opacity=".3">%6$s</text>
        <text x="%4$s" y="14">%6$s</text>
        <text x="%5$s" y="15" fill="#010101" fill-opacity=".3">%7$s</text>
        <text x="%5$s" y="14">%7$s</text>
        </g>
        </svg>
        """;

    private SvgBadge() {
    }

    static String render(String label, BadgeStatus status) {
        int labelWidth = textWidth(label) + PADDING;
        int statusWidth = textWidth(status.wire()) + PADDING;
        return TEMPLATE.formatted(labelWidth + statusWidth, labelWidth, statusWidth,
            half(labelWidth), half(2 * labelWidth + statusWidth),
            escape(label), status.wire(), status.svgColor());
    }

    static int textWidth(String text) {
        double width = text.codePoints().mapToDouble(SvgBadge::width).sum();
        return (int) Math.ceil(width);
    }

    private static double width(int cp) {
        if (cp >= 32 && cp <= 126) {
            return ASCII_WIDTHS[cp - 32];
        }
        return isWide(cp) ? WIDE_WIDTH : OTHER_WIDTH;
    }

    /** CJK, Hangul, full-width forms and emoji take about a full em. */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x1F300 && cp <= 0x1FAFF)
            || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** {@code n / 2} without a trailing {@code .0}. */
    private static String half(int n) {
        return n % 2 == 0 ? Integer.toString(n / 2) : (n / 2) + ".5";
    }

    /**
     * Escapes markup, and replaces what XML 1.0 cannot hold at all (most control characters, lone
     * surrogates), which a check name or tag may contain, with U+FFFD.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.appendCodePoint(allowedInXml(cp) ? cp : 0xFFFD);
            }
        });
        return out.toString();
    }

    private static boolean allowedInXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
            || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
