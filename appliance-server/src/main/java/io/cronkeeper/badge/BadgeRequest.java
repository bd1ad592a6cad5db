package io.cronkeeper.badge;

/** A badge URL taken apart: a project badge (per tag or {@code "*"}) or a per-check badge. */
sealed interface BadgeRequest {
    String ALL = "*";

    BadgeFormat format();

    /** {@code /badge/<badge key>/<sig8>[-2][/<tag>].<format>} */
    record ProjectBadge(String badgeKey, String signature, boolean twoState, String tag, BadgeFormat format)
        implements BadgeRequest {
    }

    /** {@code /b/<2|3>/<check badge key>.<format>} */
    record CheckBadge(String badgeKey, boolean threeState, BadgeFormat format) implements BadgeRequest {
    }
}
