package io.cronkeeper.gui.integrations;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One config value of a channel form. */
public final class ConfigField {
    private final String key;
    private final String label;
    private final String prompt;
    private final StringProperty value = new SimpleStringProperty("");

    ConfigField(ChannelForms.Field field) {
        this.key = field.key();
        this.label = field.label();
        this.prompt = field.prompt();
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String prompt() {
        return prompt;
    }

    public StringProperty value() {
        return value;
    }
}
