package io.cronkeeper.gui.checks;

import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.ClientException;
import io.cronkeeper.gui.client.Durations;
import io.cronkeeper.gui.client.Project;
import io.cronkeeper.gui.client.Times;
import io.cronkeeper.gui.client.Workspace;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Creating or editing a check. The server is the judge of what is valid: its error text is
 * shown next to the field it names (a cron expression the server refuses shows the server's
 * words under the expression). The slug follows the name, as the server would make it, until
 * the user types a slug of their own.
 */
public final class CheckEditViewModel {
    private final Workspace workspace;
    private final Calls calls;
    private final CheckForm form = new CheckForm();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper("");
    private final ObservableList<String> nextExpected = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper previewSupported = new ReadOnlyBooleanWrapper(true);
    private Optional<Check> editing = Optional.empty();
    private Optional<Project> target = Optional.empty();
    /** The schedule inputs the server last refused; its words stay until those inputs change. */
    private String refusedSchedule = "";
    private boolean slugTouched;
    private boolean loading;

    public CheckEditViewModel(Workspace workspace) {
        this.workspace = workspace;
        this.calls = workspace.calls();
        form.name.addListener((o, was, now) -> {
            if (!loading && !slugTouched) {
                loading = true;
                form.slug.set(Slugs.of(now));
                loading = false;
            }
        });
        form.slug.addListener((o, was, now) -> {
            if (!loading) {
                slugTouched = !now.equals(Slugs.of(form.name.get()));
            }
        });
        form.mode.addListener(o -> validateSchedule());
        form.timeout.addListener(o -> validatePeriod());
        form.grace.addListener(o -> validatePeriod());
    }

    public void edit(Check check) {
        loading = true;
        form.load(check);
        loading = false;
        slugTouched = !check.slug().equals(Slugs.of(check.name()));
        editing = Optional.of(check);
        target = Optional.empty();
        creating.set(false);
        resetMessages();
        validateSchedule();
    }

    /** A blank form that creates a check in {@code project}. */
    public void create(Project project) {
        loading = true;
        form.clear();
        loading = false;
        slugTouched = false;
        editing = Optional.empty();
        target = Optional.of(project);
        creating.set(true);
        resetMessages();
        validatePeriod();
    }

    /**
     * The form holds edits that Save has not sent: a changed field of the check in the form, or
     * anything typed into a new check's form.
     */
    public boolean unsaved() {
        if (editing.isEmpty() && !creating.get()) {
            return false;
        }
        if (creating.get()) {
            return !(form.name.get().isBlank() && form.tags.get().isBlank() && form.desc.get().isBlank());
        }
        try {
            return !form.changes().isEmpty();
        } catch (CheckForm.InvalidField e) {
            return true;
        }
    }

    /** The check in the form, by UUID; empty for a new one. */
    public Optional<String> editingUuid() {
        return editing.map(Check::uuid);
    }

    /** What the form is about, for a question about it. */
    public String subject() {
        return editing.map(Check::displayName).orElse("the new check");
    }

    private void resetMessages() {
        refusedSchedule = "";
        errors.clear();
        formMessage.set("");
        nextExpected.clear();
    }

    public void save(Consumer<Check> onSaved) {
        errors.clear();
        formMessage.set("");
        Map<String, Object> changes;
        try {
            changes = form.changes();
        } catch (CheckForm.InvalidField e) {
            errors.put(e.field, e.getMessage());
            return;
        }
        if (editing.isPresent() && changes.isEmpty()) {
            formMessage.set("Nothing changed.");
            return;
        }
        if (editing.isPresent()) {
            String uuid = editing.get().uuid();
            calls.run(() -> workspace.client().updateCheck(uuid, changes), c -> saved(c, onSaved), this::refused);
        } else if (target.isPresent()) {
            String project = target.get().uuid();
            calls.run(() -> workspace.client().createCheck(project, changes), c -> saved(c, onSaved), this::refused);
        } else {
            formMessage.set("Choose a project first.");
        }
    }

    private void saved(Check check, Consumer<Check> onSaved) {
        workspace.put(check);
        edit(check);
        formMessage.set("Saved.");
        onSaved.accept(check);
    }

    /** The server's words go next to the field they are about; otherwise under the form. */
    private void refused(ClientException e) {
        String message = e.getMessage();
        Optional<String> field = ErrorFields.fieldOf(message, form.mode.get());
        if (field.isPresent()) {
            errors.put(field.get(), message);
            if (field.get().equals("schedule") || field.get().equals("tz")) {
                refusedSchedule = scheduleInputs();
            }
        } else {
            formMessage.set(message);
        }
    }

    /** Asks the server for the next run times of an expression; a server that cannot say so judges it on save. */
    public void validateSchedule() {
        if (form.mode.get() == CheckForm.Mode.PERIOD) {
            errors.remove("schedule");
            validatePeriod();
            return;
        }
        if (scheduleInputs().equals(refusedSchedule)) {
            // Asking again would only clear what the server just said about these very inputs.
            return;
        }
        refusedSchedule = "";
        nextExpected.clear();
        String expression = form.expression.get().strip();
        if (expression.isEmpty()) {
            errors.put("schedule", form.mode.get() == CheckForm.Mode.CRON
                ? "Enter a cron expression, e.g. 0 3 * * *" : "Enter an OnCalendar expression, e.g. *-*-* 03:00:00");
            return;
        }
        Optional<String> wrongCount = CronFields.problem(form.mode.get(), expression);
        if (wrongCount.isPresent()) {
            errors.put("schedule", wrongCount.get());
            return;
        }
        errors.remove("schedule");
        String tz = form.tz.get().isBlank() ? "UTC" : form.tz.get().strip();
        calls.run(() -> workspace.client().previewSchedule(expression, tz), preview -> {
            previewSupported.set(true);
            ZoneId zone = zone(tz);
            preview.next().forEach(t -> nextExpected.add(Times.exact(t, zone)));
        }, e -> {
            if (e instanceof ClientException.Unsupported) {
                previewSupported.set(false);
            } else if (e instanceof ClientException.Rejected) {
                errors.put(ErrorFields.fieldOf(e.getMessage(), form.mode.get()).orElse("schedule"), e.getMessage());
            }
        });
    }

    private String scheduleInputs() {
        return form.mode.get() + "\n" + form.expression.get().strip() + "\n" + form.tz.get();
    }

    /** Period and grace are checked here, against the limits the server enforces (1 min to 365 days). */
    private void validatePeriod() {
        if (loading || form.mode.get() != CheckForm.Mode.PERIOD) {
            return;
        }
        nextExpected.clear();
        OptionalLong timeout = limit("timeout", form.timeout.get());
        OptionalLong grace = limit("grace", form.grace.get());
        if (timeout.isPresent() && grace.isPresent()) {
            Instant from = editing.flatMap(Check::lastPing).orElse(workspace.now().get());
            ZoneId zone = ZoneId.systemDefault();
            for (int i = 1; i <= 3; i++) {
                Instant due = from.plusSeconds(timeout.getAsLong() * i);
                nextExpected.add(Times.exact(due, zone) + (i == 1 ? "  (late after " + Durations.format(grace.getAsLong())
                    + " more)" : ""));
            }
        }
    }

    private OptionalLong limit(String field, String text) {
        Optional<String> problem = PeriodLimits.problem(field, text);
        problem.ifPresentOrElse(p -> errors.put(field, p), () -> errors.remove(field));
        return problem.isPresent() ? OptionalLong.empty() : DurationText.seconds(text);
    }

    private static ZoneId zone(String tz) {
        try {
            return ZoneId.of(tz);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    public StringProperty name() {
        return form.name;
    }

    public StringProperty slug() {
        return form.slug;
    }

    public StringProperty tags() {
        return form.tags;
    }

    public StringProperty desc() {
        return form.desc;
    }

    public ObjectProperty<CheckForm.Mode> mode() {
        return form.mode;
    }

    public StringProperty timeout() {
        return form.timeout;
    }

    public StringProperty grace() {
        return form.grace;
    }

    public StringProperty expression() {
        return form.expression;
    }

    public StringProperty tz() {
        return form.tz;
    }

    public BooleanProperty postOnly() {
        return form.postOnly;
    }

    public BooleanProperty manualResume() {
        return form.manualResume;
    }

    public StringProperty startKw() {
        return form.startKw;
    }

    public StringProperty successKw() {
        return form.successKw;
    }

    public StringProperty failureKw() {
        return form.failureKw;
    }

    public BooleanProperty filterSubject() {
        return form.filterSubject;
    }

    public BooleanProperty filterBody() {
        return form.filterBody;
    }

    public BooleanProperty filterHttpBody() {
        return form.filterHttpBody;
    }

    public BooleanProperty filterDefaultFail() {
        return form.filterDefaultFail;
    }

    public StringProperty startGrace() {
        return form.alerts.startGrace;
    }

    public StringProperty minRunTime() {
        return form.alerts.minRunTime;
    }

    public StringProperty failThreshold() {
        return form.alerts.failThreshold;
    }

    public StringProperty repeatEvery() {
        return form.alerts.repeatEvery;
    }

    /** ISO 8601 with offset; empty when not snoozed (saving empty ends a snooze). */
    public StringProperty snoozedUntil() {
        return form.alerts.snoozedUntil;
    }

    /** Quick choice: snooze alerts for {@code length} from now (the form still needs saving). */
    public void snoozeFor(java.time.Duration length) {
        form.alerts.snoozeFor(length, workspace.now().get(), ZoneId.systemDefault());
    }

    public void endSnooze() {
        form.alerts.snoozedUntil.set("");
    }

    /** False for an edited check of a server that sends no alert options: the view hides them. */
    public ReadOnlyBooleanProperty alertsKnown() {
        return form.alertsKnown;
    }

    public ObservableList<ExtraField> extras() {
        return form.extras;
    }

    /** Field name → the problem with it; the view shows each under its field. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyStringProperty formMessage() {
        return formMessage.getReadOnlyProperty();
    }

    public ObservableList<String> nextExpected() {
        return nextExpected;
    }

    public ReadOnlyBooleanProperty creating() {
        return creating.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewSupported() {
        return previewSupported.getReadOnlyProperty();
    }
}
