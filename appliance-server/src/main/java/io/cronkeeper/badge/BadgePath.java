package io.cronkeeper.badge;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Badge URLs as Healthchecks routes them (reference §4.8), matched on the raw path. */
final class BadgePath {
    private static final Pattern PROJECT = Pattern.compile("/badge/([^/]+)/([^/.]+)(?:/([^/]+))?\\.([^/.]+)");
    private static final Pattern CHECK = Pattern.compile("/b/([23])/([^/.]+)\\.([^/.]+)");
    private static final int SIG_LENGTH = 8;

    /**
     * Parses the raw (still percent-encoded) path, so that a tag holding an encoded {@code /} stays
     * one segment. Empty for anything that is not a badge URL of a known format.
     */
    static Optional<BadgeRequest> parse(String rawPath) {
        Matcher p = PROJECT.matcher(rawPath);
        if (p.matches()) {
            Optional<BadgeFormat> format = BadgeFormat.parse(p.group(4));
            String sig = p.group(2);
            // By length, not by a "-2" suffix: a signature may itself end in "-2" (Healthchecks then 404s).
            boolean twoState = sig.length() == SIG_LENGTH + 2 && sig.endsWith("-2");
            if (format.isEmpty() || !(twoState || sig.length() == SIG_LENGTH)) {
                return Optional.empty();
            }
            Optional<String> tag = p.group(3) == null ? Optional.of(BadgeRequest.ALL) : decode(p.group(3));
            return tag.map(t -> new BadgeRequest.ProjectBadge(p.group(1), sig.substring(0, SIG_LENGTH), twoState, t, format.get()));
        }
        Matcher c = CHECK.matcher(rawPath);
        if (c.matches()) {
            return BadgeFormat.parse(c.group(3))
                .map(f -> new BadgeRequest.CheckBadge(c.group(2), c.group(1).equals("3"), f));
        }
        return Optional.empty();
    }

    /** Percent-decoding as UTF-8; {@code +} is a plus in a path. Empty when malformed. */
    private static Optional<String> decode(String segment) {
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char ch = segment.charAt(i);
            if (ch == '%') {
                if (i + 2 >= segment.length() || !HexFormat.isHexDigit(segment.charAt(i + 1))
                    || !HexFormat.isHexDigit(segment.charAt(i + 2))) {
                    return Optional.empty();
                }
                bytes.write(HexFormat.fromHexDigits(segment, i + 1, i + 3));
                i += 2;
            } else if (ch < 0x80) {
                bytes.write(ch);
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private BadgePath() {
    }
}
