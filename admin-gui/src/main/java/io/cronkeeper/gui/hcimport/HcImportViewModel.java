package io.cronkeeper.gui.hcimport;

import io.cronkeeper.gui.client.ClientException;
import io.cronkeeper.gui.client.HcImportResult;
import io.cronkeeper.gui.client.Project;
import io.cronkeeper.gui.client.Workspace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Import from Healthchecks…": the server runs the same import as {@code cronkeeper
 * import-healthchecks} and answers its report; a real import then selects the project it filled.
 * A preview is the dry run: the same report, nothing changed.
 */
public final class HcImportViewModel {
    private final Workspace workspace;
    private final StringProperty url = new SimpleStringProperty("https://healthchecks.io");
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final StringProperty pingKey = new SimpleStringProperty("");
    private final StringProperty project = new SimpleStringProperty("");
    private final BooleanProperty history = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper("");
    /** 0..1 of the current phase, or -1 while nothing is known (an indeterminate bar). */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);

    public HcImportViewModel(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The names offered as targets; an empty target lets the server choose (see docs/admin-api.md). */
    public List<String> projectNames() {
        return workspace.projects().stream().map(Project::name).distinct().toList();
    }

    public void preview() {
        start(true);
    }

    public void runImport() {
        start(false);
    }

    private void start(boolean dryRun) {
        error.set("");
        if (url.get().isBlank() || apiKey.get().isBlank()) {
            error.set("Enter the Healthchecks address and the project's read-write API key.");
            return;
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("url", url.get().strip());
        request.put("api_key", apiKey.get().strip());
        request.put("ping_key", pingKey.get().strip());
        request.put("project", project.get() == null ? "" : project.get().strip());
        request.put("history", history.get());
        request.put("dry_run", dryRun);
        running.set(true);
        report.set("");
        status.set(dryRun ? "Reading every check from Healthchecks…"
            : "Importing: reading every check from Healthchecks, then writing them in one go…");
        progress.set(-1);
        workspace.calls().run(() -> done(workspace.client().importHealthchecks(request,
            p -> workspace.calls().onUi(() -> progressed(p)))), this::show, e -> {
            running.set(false);
            status.set("");
            error.set(message(e));
        });
    }

    private void progressed(HcImportResult.Progress p) {
        if (running.get()) {
            progress.set(p.total() == 0 ? -1 : (double) p.done() / p.total());
            status.set((p.phase().equals("reading") ? "Reading" : "Writing") + ": " + p.done() + " of " + p.total()
                + " checks");
        }
    }

    /** After a real import, the projects as they are now, so the new one can be selected at once. */
    private Done done(HcImportResult result) {
        return new Done(result, result.dryRun() ? List.of() : workspace.client().projects());
    }

    private record Done(HcImportResult result, List<Project> projects) {
    }

    private void show(Done d) {
        running.set(false);
        report.set(String.join("\n", d.result().lines()));
        if (d.result().dryRun()) {
            status.set("Preview: nothing was changed.");
            return;
        }
        status.set("Imported into \"" + d.result().projectName() + "\".");
        d.projects().forEach(workspace::putProject);
        workspace.selectedProject().set(workspace.project(d.result().projectUuid()));
        workspace.reload();
    }

    private static String message(ClientException e) {
        return e instanceof ClientException.Unsupported ? "This server cannot import from Healthchecks; update it."
            : e.getMessage();
    }

    public StringProperty url() {
        return url;
    }

    public StringProperty apiKey() {
        return apiKey;
    }

    public StringProperty pingKey() {
        return pingKey;
    }

    public StringProperty project() {
        return project;
    }

    public BooleanProperty history() {
        return history;
    }

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty report() {
        return report.getReadOnlyProperty();
    }
}
