package io.cronkeeper.check;

import java.util.Optional;

/**
 * A create or update request as the API makes it: the fields, the {@code channels} selector
 * (absent: assignments stay as they are), and whether the slug follows a changed name, which
 * API v1 and v2 do and v3 does not.
 */
public record CheckEdit(CheckChanges changes, Optional<String> channels, boolean slugFromName) {
    public static CheckEdit of(CheckChanges changes) {
        return new CheckEdit(changes, Optional.empty(), false);
    }

    /**
     * The check after the edit. As in Healthchecks, only a name that differs from the current one
     * renames the slug, and an explicit {@code slug} in the same request wins.
     */
    NewCheck applyTo(NewCheck current) {
        NewCheck next = changes.applyTo(current);
        boolean renamed = changes.name().filter(n -> !n.equals(current.name())).isPresent();
        if (slugFromName && renamed && changes.slug().isEmpty()) {
            return next.withNameAndSlug(next.name(), Slugify.slugify(next.name()));
        }
        return next;
    }
}
