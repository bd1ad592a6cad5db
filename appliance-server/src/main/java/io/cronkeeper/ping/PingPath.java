package io.cronkeeper.ping;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Matches the part of a ping URL after {@code /ping/} the way Healthchecks' URL patterns do
 * (reference §1.1): UUID routes first, then the ping-key + slug routes.
 */
record PingPath(PingTarget target, PingKind action, int exitStatus) {
    private static final Pattern SLUG = Pattern.compile("[-a-zA-Z0-9_]+");
    private static final Pattern INT = Pattern.compile("[0-9]+");

    /** Empty when no route matches: the caller answers a plain 404. */
    static Optional<PingPath> parse(String rest, Provisioning create) {
        String[] parts = rest.split("/", -1);
        if (parts.length == 1 || (parts.length == 2 && parts[1].isEmpty())) {
            return isUuid(parts[0]) ? Optional.of(uuid(parts[0], PingKind.SUCCESS)) : Optional.empty();
        }
        if (parts.length == 2) {
            if (isUuid(parts[0])) {
                Optional<PingPath> byUuid = action(parts[1]).map(a -> new PingPath(new PingTarget.ByUuid(parts[0]),
                    a.kind, a.exit));
                if (byUuid.isPresent()) {
                    return byUuid;
                }
            }
            if (isSlug(parts[0]) && isSlug(parts[1])) {
                return Optional.of(new PingPath(new PingTarget.BySlug(parts[0], parts[1], create), PingKind.SUCCESS,
                    PingRequest.NO_EXIT_STATUS));
            }
            return Optional.empty();
        }
        if (parts.length == 3 && isSlug(parts[0]) && isSlug(parts[1])) {
            return action(parts[2]).map(a -> new PingPath(new PingTarget.BySlug(parts[0], parts[1], create),
                a.kind, a.exit));
        }
        return Optional.empty();
    }

    /**
     * Percent-decodes a raw path the way Django sees it in {@code PATH_INFO}: {@code %2F} becomes
     * a slash, {@code +} stays, a malformed escape is kept as is, bytes are read as UTF-8. Unlike
     * Helidon's decoded path it does not collapse {@code //}, which must stay a 404.
     */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        var bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int hi = c == '%' && i + 2 < raw.length() ? hexDigit(raw.charAt(i + 1)) : -1;
            int lo = hi >= 0 ? hexDigit(raw.charAt(i + 2)) : -1;
            if (lo >= 0) {
                bytes.write(hi << 4 | lo);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hexDigit(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    private record Action(PingKind kind, int exit) {
    }

    private static Optional<Action> action(String word) {
        return switch (word) {
            case "start" -> Optional.of(new Action(PingKind.START, PingRequest.NO_EXIT_STATUS));
            case "fail" -> Optional.of(new Action(PingKind.FAIL, PingRequest.NO_EXIT_STATUS));
            case "log" -> Optional.of(new Action(PingKind.LOG, PingRequest.NO_EXIT_STATUS));
            default -> INT.matcher(word).matches()
                ? Optional.of(new Action(PingKind.SUCCESS, exitStatus(word)))
                : Optional.empty();
        };
    }

    /** {@code 007} is 7; anything above 255, however long, is out of range. */
    private static int exitStatus(String digits) {
        String trimmed = digits.replaceFirst("^0+(?=.)", "");
        if (trimmed.length() > 3) {
            return PingRequest.EXIT_OUT_OF_RANGE;
        }
        return Math.min(Integer.parseInt(trimmed), PingRequest.EXIT_OUT_OF_RANGE);
    }

    private static PingPath uuid(String uuid, PingKind kind) {
        return new PingPath(new PingTarget.ByUuid(uuid), kind, PingRequest.NO_EXIT_STATUS);
    }

    /**
     * Lower-case hex in 8-4-4-4-12 groups, checked by hand: every ping by UUID asks, and the
     * regular expression was a visible share of a ping's CPU time in profiles.
     */
    static boolean isUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSlug(String s) {
        return SLUG.matcher(s).matches();
    }
}
