package io.cronkeeper.gui.checks;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The slug the server would make from a name (Django's {@code slugify}, as Healthchecks and the
 * server use it), so the form can fill it in while the name is typed.
 */
final class Slugs {
    private Slugs() {
    }

    static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "");
        String cleaned = ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\w\\s\\x1c-\\x1f-]", "");
        return cleaned.replaceAll("[-\\s\\x1c-\\x1f]+", "-").replaceAll("^[-_]+|[-_]+$", "");
    }
}
