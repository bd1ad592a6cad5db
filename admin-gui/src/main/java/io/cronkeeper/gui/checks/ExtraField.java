package io.cronkeeper.gui.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A check field this app does not know by name, shown so it can still be edited: the alert
 * options a newer server adds appear in the form as soon as the server sends them. Booleans
 * are "true"/"false", numbers their digits.
 */
public final class ExtraField {
    public enum Type { BOOLEAN, NUMBER, TEXT }

    private final String key;
    private final Type type;
    private final String original;
    private final StringProperty value;

    ExtraField(String key, JsonNode node) {
        this.key = key;
        this.type = node.isBoolean() ? Type.BOOLEAN : node.isNumber() ? Type.NUMBER : Type.TEXT;
        this.original = node.isNull() ? "" : node.asText();
        this.value = new SimpleStringProperty(original);
    }

    public String key() {
        return key;
    }

    /** {@code start_grace} reads "Start grace". */
    public String label() {
        String words = key.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    public Type type() {
        return type;
    }

    public StringProperty value() {
        return value;
    }

    boolean changed() {
        return !value.get().equals(original);
    }

    /** The JSON value to send; throws with a message for the field when it cannot be one. */
    Object wireValue() {
        String v = value.get().strip();
        return switch (type) {
            case BOOLEAN -> Boolean.parseBoolean(v);
            case NUMBER -> {
                try {
                    yield v.contains(".") ? (Object) Double.parseDouble(v) : (Object) Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("must be a number");
                }
            }
            case TEXT -> value.get();
        };
    }
}
