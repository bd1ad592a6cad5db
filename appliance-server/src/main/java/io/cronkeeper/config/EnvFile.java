package io.cronkeeper.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an environment file as systemd's {@code EnvironmentFile=} does (the state machine of
 * systemd's {@code env-file.c}), so that the {@code cronkeeper} command sees exactly what the
 * service sees: {@code #} and {@code ;} start a comment only at the start of a line; a value may
 * be bare (backslash keeps the next character, trailing blanks dropped), in single quotes
 * (verbatim) or double quotes (backslash escapes only {@code " \ ` $}); nothing is expanded and
 * nothing runs. A later assignment replaces an earlier one; a line whose name is not a valid
 * variable name is ignored, as systemd ignores it.
 */
public final class EnvFile {
    private static final String WHITESPACE = " \t\n\r";
    private static final String NEWLINE = "\n\r";
    private static final String COMMENTS = "#;";
    private static final String SHELL_NEED_ESCAPE = "\"\\`$";
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private enum State { PRE_KEY, KEY, PRE_VALUE, VALUE, VALUE_ESCAPE, SINGLE_QUOTE, DOUBLE_QUOTE, DOUBLE_QUOTE_ESCAPE, COMMENT, COMMENT_ESCAPE }

    private EnvFile() {
    }

    /** The variables a file assigns; empty when it does not exist (systemd's {@code EnvironmentFile=-}). */
    public static Map<String, String> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            throw new SettingsException("environment file: cannot read '" + file + "' (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); run the command with sudo");
        }
    }

    public static Map<String, String> parse(String text) {
        Map<String, String> vars = new LinkedHashMap<>();
        StringBuilder key = new StringBuilder();
        StringBuilder value = new StringBuilder();
        int keyBlank = -1;
        int valueBlank = -1;
        State state = State.PRE_KEY;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (state) {
                case PRE_KEY -> {
                    if (COMMENTS.indexOf(c) >= 0) {
                        state = State.COMMENT;
                    } else if (WHITESPACE.indexOf(c) < 0) {
                        state = State.KEY;
                        keyBlank = -1;
                        key.append(c);
                    }
                }
                case KEY -> {
                    if (NEWLINE.indexOf(c) >= 0) {
                        state = State.PRE_KEY;
                        key.setLength(0);
                    } else if (c == '=') {
                        state = State.PRE_VALUE;
                        valueBlank = -1;
                    } else {
                        keyBlank = blankStart(keyBlank, c, key.length());
                        key.append(c);
                    }
                }
                case PRE_VALUE -> {
                    if (NEWLINE.indexOf(c) >= 0) {
                        push(vars, key, keyBlank, value, -1);
                        state = State.PRE_KEY;
                    } else if (c == '\'') {
                        state = State.SINGLE_QUOTE;
                    } else if (c == '"') {
                        state = State.DOUBLE_QUOTE;
                    } else if (c == '\\') {
                        state = State.VALUE_ESCAPE;
                    } else if (WHITESPACE.indexOf(c) < 0) {
                        state = State.VALUE;
                        value.append(c);
                    }
                }
                case VALUE -> {
                    if (NEWLINE.indexOf(c) >= 0) {
                        push(vars, key, keyBlank, value, valueBlank);
                        state = State.PRE_KEY;
                    } else if (c == '\\') {
                        state = State.VALUE_ESCAPE;
                        valueBlank = -1;
                    } else {
                        valueBlank = blankStart(valueBlank, c, value.length());
                        value.append(c);
                    }
                }
                case VALUE_ESCAPE -> {
                    state = State.VALUE;
                    if (NEWLINE.indexOf(c) < 0) {
                        value.append(c);
                    }
                }
                case SINGLE_QUOTE -> {
                    if (c == '\'') {
                        state = State.PRE_VALUE;
                    } else {
                        value.append(c);
                    }
                }
                case DOUBLE_QUOTE -> {
                    if (c == '"') {
                        state = State.PRE_VALUE;
                    } else if (c == '\\') {
                        state = State.DOUBLE_QUOTE_ESCAPE;
                    } else {
                        value.append(c);
                    }
                }
                case DOUBLE_QUOTE_ESCAPE -> {
                    state = State.DOUBLE_QUOTE;
                    if (SHELL_NEED_ESCAPE.indexOf(c) >= 0) {
                        value.append(c);
                    } else if (c != '\n') {
                        value.append('\\').append(c);
                    }
                }
                case COMMENT -> {
                    if (c == '\\') {
                        state = State.COMMENT_ESCAPE;
                    } else if (NEWLINE.indexOf(c) >= 0) {
                        state = State.PRE_KEY;
                    }
                }
                case COMMENT_ESCAPE -> state = NEWLINE.indexOf(c) >= 0 ? State.PRE_KEY : State.COMMENT;
            }
        }
        switch (state) {
            case PRE_VALUE, VALUE_ESCAPE, SINGLE_QUOTE, DOUBLE_QUOTE, DOUBLE_QUOTE_ESCAPE -> push(vars, key, keyBlank, value, -1);
            case VALUE -> push(vars, key, keyBlank, value, valueBlank);
            case PRE_KEY, KEY, COMMENT, COMMENT_ESCAPE -> {
            }
        }
        return vars;
    }

    /** Where a run of trailing blanks began, or -1 after a non-blank. */
    private static int blankStart(int current, char c, int length) {
        if (WHITESPACE.indexOf(c) < 0) {
            return -1;
        }
        return current == -1 ? length : current;
    }

    private static void push(Map<String, String> vars, StringBuilder key, int keyBlank, StringBuilder value, int valueBlank) {
        String k = keyBlank >= 0 ? key.substring(0, keyBlank) : key.toString();
        String v = valueBlank >= 0 ? value.substring(0, valueBlank) : value.toString();
        if (NAME.matcher(k).matches()) {
            vars.remove(k);
            vars.put(k, v);
        }
        key.setLength(0);
        value.setLength(0);
    }
}
