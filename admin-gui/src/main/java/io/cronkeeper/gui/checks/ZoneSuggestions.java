package io.cronkeeper.gui.checks;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/**
 * The time-zone field: this computer's zone and UTC first, then every zone; typing narrows the
 * list to zones containing the text ("riga", "new_y"), so nobody scrolls through 600 names.
 */
final class ZoneSuggestions {
    private static final int SHOWN = 12;

    private ZoneSuggestions() {
    }

    static List<String> all(ZoneId local) {
        List<String> zones = new ArrayList<>();
        zones.add(local.getId());
        if (!local.getId().equals("UTC")) {
            zones.add("UTC");
        }
        ZoneId.getAvailableZoneIds().stream().sorted().filter(z -> !zones.contains(z)).forEach(zones::add);
        return zones;
    }

    /** Zones containing {@code typed}, those starting with it (or with a region part starting with it) first. */
    static List<String> matching(List<String> all, String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        if (t.isEmpty()) {
            return all;
        }
        List<String> starts = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        for (String z : all) {
            String lower = z.toLowerCase(Locale.ROOT);
            if (lower.startsWith(t) || lower.contains("/" + t)) {
                starts.add(z);
            } else if (lower.contains(t)) {
                contains.add(z);
            }
        }
        starts.addAll(contains);
        return starts;
    }

    static ComboBox<String> combo(String id) {
        List<String> all = all(ZoneId.systemDefault());
        ObservableList<String> items = FXCollections.observableArrayList(all);
        var tz = new ComboBox<>(items);
        tz.setId(id);
        tz.setEditable(true);
        tz.setVisibleRowCount(SHOWN);
        tz.setPromptText("e.g. " + ZoneId.systemDefault().getId());
        tz.getEditor().textProperty().addListener((o, was, now) -> {
            if (!tz.getEditor().isFocused() || all.contains(now)) {
                return;
            }
            items.setAll(matching(all, now));
            if (!items.isEmpty() && !tz.isShowing()) {
                tz.show();
            }
        });
        tz.setOnHidden(e -> {
            if (items.size() != all.size()) {
                String keep = tz.getEditor().getText();
                items.setAll(all);
                tz.getEditor().setText(keep);
            }
        });
        return tz;
    }
}
