package io.cronkeeper.gui.checks;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.Durations;
import io.cronkeeper.gui.client.Schedule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editable fields of a check, and the API fields they turn into. Only what changed is
 * sent, so an edit never overwrites fields of a newer server that this form does not show.
 */
public final class CheckForm {
    public enum Mode {
        PERIOD("Period"), CRON("Cron"), ONCALENDAR("OnCalendar");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Fields the form (or the server's bookkeeping) covers; any other is an {@link ExtraField}. */
    static final Set<String> KNOWN = Set.of("name", "slug", "tags", "desc", "grace", "n_pings", "status", "started",
        "last_ping", "next_ping", "manual_resume", "methods", "subject", "subject_fail", "start_kw", "success_kw",
        "failure_kw", "filter_subject", "filter_body", "filter_http_body", "filter_default_fail", "badge_url",
        "last_duration", "unique_key", "uuid", "ping_url", "update_url", "pause_url", "resume_url", "channels",
        "timeout", "schedule", "tz", "project", "status_with_started", "alert_after", "ping_url_slug", "created",
        "start_grace", "min_run_time", "fail_threshold", "repeat_every", "snoozed_until");

    final StringProperty name = new SimpleStringProperty("");
    final StringProperty slug = new SimpleStringProperty("");
    final StringProperty tags = new SimpleStringProperty("");
    final StringProperty desc = new SimpleStringProperty("");
    final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.PERIOD);
    final StringProperty timeout = new SimpleStringProperty("1 d");
    final StringProperty grace = new SimpleStringProperty("1 h");
    final StringProperty expression = new SimpleStringProperty("");
    final StringProperty tz = new SimpleStringProperty("UTC");
    final BooleanProperty postOnly = new SimpleBooleanProperty(false);
    final BooleanProperty manualResume = new SimpleBooleanProperty(false);
    final StringProperty startKw = new SimpleStringProperty("");
    final StringProperty successKw = new SimpleStringProperty("");
    final StringProperty failureKw = new SimpleStringProperty("");
    final BooleanProperty filterSubject = new SimpleBooleanProperty(false);
    final BooleanProperty filterBody = new SimpleBooleanProperty(false);
    final BooleanProperty filterHttpBody = new SimpleBooleanProperty(false);
    final BooleanProperty filterDefaultFail = new SimpleBooleanProperty(false);
    final ObservableList<ExtraField> extras = FXCollections.observableArrayList();
    final AlertFields alerts = new AlertFields();
    /** Whether the server knows alert options: an edited check shows them; a new check assumes so. */
    final BooleanProperty alertsKnown = new SimpleBooleanProperty(true);

    /** The values of a new check: the server's defaults. */
    private Map<String, Object> original = Map.of();

    void load(Check c) {
        name.set(c.name());
        slug.set(c.slug());
        tags.set(String.join(" ", c.tags()));
        desc.set(c.desc());
        switch (c.schedule()) {
            case Schedule.Period p -> {
                mode.set(Mode.PERIOD);
                timeout.set(Durations.format(p.timeoutSeconds()));
            }
            case Schedule.Cron cron -> {
                mode.set(Mode.CRON);
                expression.set(cron.expression());
                tz.set(cron.tz());
            }
            case Schedule.OnCalendar on -> {
                mode.set(Mode.ONCALENDAR);
                expression.set(on.expression());
                tz.set(on.tz());
            }
        }
        grace.set(Durations.format(c.grace()));
        var raw = c.raw();
        postOnly.set("POST".equals(raw.path("methods").asText("")));
        manualResume.set(raw.path("manual_resume").asBoolean(false));
        startKw.set(raw.path("start_kw").asText(""));
        successKw.set(raw.path("success_kw").asText(""));
        failureKw.set(raw.path("failure_kw").asText(""));
        filterSubject.set(raw.path("filter_subject").asBoolean(false));
        filterBody.set(raw.path("filter_body").asBoolean(false));
        filterHttpBody.set(raw.path("filter_http_body").asBoolean(false));
        filterDefaultFail.set(raw.path("filter_default_fail").asBoolean(false));
        alerts.load(raw);
        alertsKnown.set(raw.has("fail_threshold"));
        extras.clear();
        raw.properties().forEach(e -> {
            if (!KNOWN.contains(e.getKey()) && (e.getValue().isValueNode() || e.getValue().isNull())) {
                extras.add(new ExtraField(e.getKey(), e.getValue()));
            }
        });
        original = Map.of();
        original = fields(true);
    }

    void clear() {
        name.set("");
        slug.set("");
        tags.set("");
        desc.set("");
        mode.set(Mode.PERIOD);
        timeout.set("1 d");
        grace.set("1 h");
        expression.set("");
        tz.set("UTC");
        postOnly.set(false);
        manualResume.set(false);
        startKw.set("");
        successKw.set("");
        failureKw.set("");
        filterSubject.set(false);
        filterBody.set(false);
        filterHttpBody.set(false);
        filterDefaultFail.set(false);
        extras.clear();
        alerts.clear();
        alertsKnown.set(true);
        original = Map.of();
    }

    /**
     * The API fields that differ from what was loaded (all of them for a new check).
     *
     * @throws InvalidField when a field cannot be sent as typed
     */
    Map<String, Object> changes() {
        Map<String, Object> all = fields(false);
        Map<String, Object> out = new LinkedHashMap<>();
        // A new check sends only alert options that differ from the server's defaults.
        Map<String, Object> base = original.isEmpty() ? AlertFields.DEFAULTS : original;
        all.forEach((k, v) -> {
            if (!v.equals((AlertFields.DEFAULTS.containsKey(k) ? base : original).get(k))) {
                out.put(k, v);
            }
        });
        for (ExtraField extra : extras) {
            if (extra.changed()) {
                try {
                    out.put(extra.key(), extra.wireValue());
                } catch (IllegalArgumentException e) {
                    throw new InvalidField(extra.key(), e.getMessage());
                }
            }
        }
        return out;
    }

    /** A field whose text cannot become an API value; the message is for that field. */
    static final class InvalidField extends RuntimeException {
        final String field;

        InvalidField(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    private Map<String, Object> fields(boolean lenient) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name.get().strip());
        m.put("slug", slug.get().strip());
        m.put("tags", String.join(" ", tags.get().strip().split("\\s+")).strip());
        m.put("desc", desc.get());
        if (mode.get() == Mode.PERIOD) {
            seconds("timeout", timeout.get(), lenient).ifPresent(s -> m.put("timeout", s));
        } else {
            m.put("schedule", expression.get().strip());
            m.put("tz", tz.get().strip().isEmpty() ? "UTC" : tz.get().strip());
        }
        seconds("grace", grace.get(), lenient).ifPresent(s -> m.put("grace", s));
        m.put("methods", postOnly.get() ? "POST" : "");
        m.put("manual_resume", manualResume.get());
        m.put("start_kw", startKw.get());
        m.put("success_kw", successKw.get());
        m.put("failure_kw", failureKw.get());
        m.put("filter_subject", filterSubject.get());
        m.put("filter_body", filterBody.get());
        m.put("filter_http_body", filterHttpBody.get());
        m.put("filter_default_fail", filterDefaultFail.get());
        if (alertsKnown.get()) {
            m.putAll(alerts.fields(lenient));
        }
        return m;
    }

    private static OptionalLong seconds(String field, String text, boolean lenient) {
        OptionalLong s = DurationText.seconds(text);
        if (s.isEmpty() && !lenient) {
            throw new InvalidField(field, "not a duration: write e.g. 90 s, 5 min, 1 h 30 min or 2 d");
        }
        return s;
    }
}
