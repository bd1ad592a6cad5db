package io.cronkeeper.badge;

import java.util.Optional;

/** The three badge formats; anything else in the URL is a 404. */
enum BadgeFormat {
    SVG("image/svg+xml"),
    JSON("application/json"),
    SHIELDS("application/json");

    private final String contentType;

    BadgeFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    /** Case-sensitive, as Healthchecks compares the extension. */
    static Optional<BadgeFormat> parse(String extension) {
        return switch (extension) {
            case "svg" -> Optional.of(SVG);
            case "json" -> Optional.of(JSON);
            case "shields" -> Optional.of(SHIELDS);
            default -> Optional.empty();
        };
    }
}
