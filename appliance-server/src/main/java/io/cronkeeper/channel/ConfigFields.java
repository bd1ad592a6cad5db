package io.cronkeeper.channel;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks of one channel config object; every message starts with the kind and names the key. */
final class ConfigFields {
    static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");
    static final Pattern NTFY_TOPIC = Pattern.compile("[-_A-Za-z0-9]{1,64}");
    static final Pattern TELEGRAM_TOKEN = Pattern.compile("[0-9]+:[A-Za-z0-9_-]+");
    static final Pattern PUSHOVER_KEY = Pattern.compile("[A-Za-z0-9]{30}");
    static final Pattern MATRIX_ROOM = Pattern.compile("![^:\\s]+:\\S+");
    private static final Pattern CHAT_ID = Pattern.compile("-?[0-9]+|@[A-Za-z0-9_]{5,}");

    private final String kind;
    private final JsonNode config;
    private final String prefix;

    ConfigFields(String kind, JsonNode config) {
        this(kind, config, "");
    }

    private ConfigFields(String kind, JsonNode config, String prefix) {
        this.kind = kind;
        this.config = config;
        this.prefix = prefix;
    }

    /** The checks of a nested object, whose keys are named {@code key.inner} in messages. */
    ConfigFields nested(String key) {
        return new ConfigFields(kind, config.get(key), prefix + key + ".");
    }

    JsonNode node() {
        return config;
    }

    boolean has(String key) {
        JsonNode v = config.get(key);
        return v != null && !v.isNull();
    }

    /** A problem about {@code key}, in the same form as the others. */
    Optional<String> problem(String key, String what) {
        return Optional.of(kind + " config \"" + prefix + key + "\" " + what);
    }

    /** The first problem of several checks. */
    @SafeVarargs
    final Optional<String> first(Optional<String>... problems) {
        for (Optional<String> p : problems) {
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    Optional<String> text(String key) {
        JsonNode v = config.get(key);
        return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    Optional<String> requiredText(String key, String what) {
        return text(key).filter(t -> !t.isBlank()).isPresent() ? Optional.empty() : needs(key, what);
    }

    Optional<String> required(String key, String what, Pattern pattern) {
        Optional<String> value = text(key);
        if (value.isEmpty() || value.get().isEmpty()) {
            return needs(key, what);
        }
        return pattern.matcher(value.get()).matches() ? Optional.empty()
            : problem(key, "must be " + what);
    }

    Optional<String> optionalText(String key) {
        JsonNode v = config.get(key);
        return v == null || v.isNull() || v.isTextual() ? Optional.empty()
            : problem(key, "must be a string");
    }

    Optional<String> url(String key) {
        return text(key).map(u -> urlProblem(key, u)).orElseGet(() -> needs(key, "an http or https URL"));
    }

    Optional<String> optionalUrl(String key) {
        JsonNode v = config.get(key);
        return v == null || v.isNull() ? Optional.empty() : url(key);
    }

    Optional<String> optionalInt(String key, int min, int max) {
        JsonNode v = config.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        return v.isIntegralNumber() && v.asLong() >= min && v.asLong() <= max ? Optional.empty()
            : problem(key, "must be a whole number from " + min + " to " + max);
    }

    Optional<String> email(String key) {
        return text(key)
            .map(a -> ADDRESS.matcher(a).matches()
                ? Optional.<String>empty() : problem(key, "is not an email address"))
            .orElseGet(() -> needs(key, "an email address"));
    }

    /** Telegram takes a numeric chat id (as a number or a string) or a public {@code @channelname}. */
    Optional<String> chatId(String key) {
        JsonNode v = config.get(key);
        if (v != null && (v.isIntegralNumber() || v.isTextual() && CHAT_ID.matcher(v.asText()).matches())) {
            return Optional.empty();
        }
        return v == null || v.isNull() || v.isTextual() && v.asText().isEmpty()
            ? needs(key, "the numeric chat id (or @channelname)")
            : problem(key, "must be a numeric chat id or an @channelname");
    }

    Optional<String> needs(String key, String what) {
        return Optional.of(kind + " config needs \"" + prefix + key + "\", " + what);
    }

    Optional<String> urlProblem(String key, String url) {
        return isHttpUrl(url) ? Optional.empty()
            : problem(key, "is not an http or https URL: " + url);
    }

    static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
