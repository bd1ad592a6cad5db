package io.cronkeeper.badge;

/** What a badge shows, with the colours of reference §4.8. */
enum BadgeStatus {
    UP("#4c1", "success"),
    LATE("#fe7d37", "important"),
    DOWN("#e05d44", "critical");

    private final String svgColor;
    private final String shieldsColor;

    BadgeStatus(String svgColor, String shieldsColor) {
        this.svgColor = svgColor;
        this.shieldsColor = shieldsColor;
    }

    String wire() {
        return name().toLowerCase();
    }

    String svgColor() {
        return svgColor;
    }

    String shieldsColor() {
        return shieldsColor;
    }
}
