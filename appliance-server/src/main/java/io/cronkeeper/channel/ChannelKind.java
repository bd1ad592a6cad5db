package io.cronkeeper.channel;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of integration that can be stored so far, with the least each needs to be usable.
 * The alerts feature delivers them and may require more; extra config keys are kept as given.
 */
public enum ChannelKind {
    WEBHOOK, EMAIL;

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChannelKind> parse(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(wire)).findFirst();
    }

    /** What is wrong with a config object for this kind, in words for the user; empty if nothing. */
    public Optional<String> problemWith(JsonNode config) {
        return switch (this) {
            case WEBHOOK -> textField(config, "url").map(ChannelKind::urlProblem)
                .orElse(Optional.of("webhook config needs \"url\", an http or https URL"));
            case EMAIL -> textField(config, "address")
                .map(a -> ADDRESS.matcher(a).matches()
                    ? Optional.<String>empty() : Optional.of("email config \"address\" is not an email address"))
                .orElse(Optional.of("email config needs \"address\", an email address"));
        };
    }

    private static Optional<String> textField(JsonNode config, String name) {
        JsonNode v = config.get(name);
        return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    private static Optional<String> urlProblem(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // Reported below like any other unusable URL.
        }
        return Optional.of("webhook config \"url\" is not an http or https URL: " + url);
    }
}
