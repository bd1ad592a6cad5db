package io.cronkeeper.check;

import java.text.Normalizer;
import java.util.Locale;

/** Django's {@code slugify} without {@code allow_unicode}, which Healthchecks uses for slugs. */
public final class Slugify {
    private Slugify() {
    }

    public static String slugify(String value) {
        // Python's \s also matches \x1c-\x1f, so those count as whitespace here too.
        // NFKD then drop what is not ASCII: "é" becomes "e", emoji and CJK vanish.
        String ascii = Normalizer.normalize(value, Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "");
        String cleaned = ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\w\\s\\x1c-\\x1f-]", "");
        return cleaned.replaceAll("[-\\s\\x1c-\\x1f]+", "-").replaceAll("^[-_]+|[-_]+$", "");
    }
}
