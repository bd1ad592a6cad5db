package io.cronkeeper.gui.integrations;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One config value of a channel form. */
public final class ConfigField {
    private final String key;
    private final String label;
    private final String prompt;
    private final ChannelForms.Input input;
    private final StringProperty value = new SimpleStringProperty("");

    ConfigField(ChannelForms.Field field) {
        this.key = field.key();
        this.label = field.label();
        this.prompt = field.prompt();
        this.input = field.input();
    }

    public ChannelForms.Input input() {
        return input;
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
