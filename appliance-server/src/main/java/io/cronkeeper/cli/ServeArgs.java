package io.cronkeeper.cli;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * A server start's flags read without building picocli's model: picocli's classes are Java 5
 * class files, which the JVM verifies the slow way and cannot keep in the AOT cache, and that
 * took a tenth of a cold start (issue 16). Only the plainest command line is read here: each of
 * {@link SettingsOptions}' flags at most once, as {@code --flag value} or {@code --flag=value},
 * with a value that does not start with '-'. Anything else (help, a subcommand, a typo, a flag
 * given twice) goes to picocli, which parses it and explains what is wrong exactly as before.
 * The flags' names are read from the same annotations picocli reads, so the two cannot drift.
 */
final class ServeArgs {
    private static final Map<String, Field> FLAGS = flags();

    private ServeArgs() {
    }

    /** The options of {@code args}, or empty when picocli must have its say. */
    static Optional<SettingsOptions> parse(String[] args) {
        if (FLAGS.isEmpty()) {
            return Optional.empty();
        }
        SettingsOptions options = new SettingsOptions();
        Set<Field> seen = new HashSet<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                Field field = FLAGS.get(name);
                if (field == null || !seen.add(field)) {
                    return Optional.empty();
                }
                String value = eq >= 0 ? arg.substring(eq + 1) : i + 1 < args.length ? args[++i] : null;
                if (value == null || value.isEmpty() || value.startsWith("-")) {
                    return Optional.empty();
                }
                field.set(options, field.getType() == Path.class ? Path.of(value) : value);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();  // an odd value (a path with a NUL): picocli says what is wrong
        }
        return Optional.of(options);
    }

    /** Every flag by name; none when a flag is not a plain string or path (then picocli reads them all). */
    private static Map<String, Field> flags() {
        Map<String, Field> flags = new HashMap<>();
        for (Field f : SettingsOptions.class.getDeclaredFields()) {
            Option option = f.getAnnotation(Option.class);
            if (option == null) {
                continue;
            }
            boolean oneValue = option.arity().isEmpty() || option.arity().equals("1");
            if (!oneValue || f.getType() != String.class && f.getType() != Path.class) {
                return Map.of();
            }
            f.setAccessible(true);
            for (String name : option.names()) {
                flags.put(name, f);
            }
        }
        return flags;
    }
}
