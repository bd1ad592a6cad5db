package io.cronkeeper.gui.checks;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.Times;
import io.cronkeeper.gui.widgets.Confirm;
import io.cronkeeper.gui.widgets.Copy;
import io.cronkeeper.gui.widgets.Forms;
import java.time.ZoneId;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What a check is and how to ping it: UUID and slug, every ping URL in both forms, and lines
 * to paste into a script or crontab, each with a copy button; pause, resume and delete.
 */
public final class CheckOverview {
    private final CheckDetailViewModel vm;
    private final VBox box = new VBox(10);
    private final Label name = new Label();
    private final Label status = new Label();
    private final Label facts = new Label();
    private final TextField uuid = Forms.readOnly("uuidField");
    private final TextField slug = Forms.readOnly("slugField");
    private final GridPane urls = Forms.grid();
    private final TextField curl = Forms.readOnly("curlLine");
    private final TextField curlOutput = Forms.readOnly("curlOutputLine");
    private final TextField crontab = Forms.readOnly("crontabLine");
    private final Button pause = new Button("Pause");
    private final Button resume = new Button("Resume");
    private final Button delete = new Button("Delete…");
    private final Label noIntegration = new Label();

    public CheckOverview(CheckDetailViewModel vm) {
        this.vm = vm;
        name.setId("detailName");
        name.getStyleClass().add("title");
        status.setId("detailStatus");
        status.getStyleClass().add("status");
        facts.setId("detailFacts");
        facts.setWrapText(true);
        pause.setId("pauseCheck");
        resume.setId("resumeCheck");
        delete.setId("deleteCheck");
        delete.getStyleClass().add("danger");
        pause.setOnAction(e -> vm.pause());
        resume.setOnAction(e -> vm.resume());
        delete.setOnAction(e -> confirmDelete());

        var ids = Forms.grid();
        Forms.row(ids, "UUID", withCopy(uuid, "copyUuid"));
        Forms.row(ids, "Slug", withCopy(slug, "copySlug"));
        var shell = Forms.grid();
        Forms.row(shell, "curl", withCopy(curl, "copyCurl"));
        Forms.row(shell, "with output", withCopy(curlOutput, "copyCurlOutput"));
        Forms.row(shell, "crontab", withCopy(crontab, "copyCrontab"));
        noIntegration.setId("noIntegrationWarning");
        noIntegration.getStyleClass().add("warning-line");
        noIntegration.setWrapText(true);
        noIntegration.managedProperty().bind(noIntegration.visibleProperty());
        // The actions sit at the top, their error beside them: never below a screen of URLs.
        var message = Forms.message("detailMessage", vm.message());
        message.getStyleClass().add("action-error");
        HBox.setHgrow(message, Priority.ALWAYS);
        var actions = new HBox(8, status, new javafx.scene.layout.Region(), pause, resume, delete);
        HBox.setHgrow(actions.getChildren().get(1), Priority.ALWAYS);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (Button b : new Button[] {pause, resume, delete}) {
            b.setMinWidth(Button.USE_PREF_SIZE);
        }
        name.setWrapText(true);
        box.getChildren().setAll(actions, message, name, noIntegration, facts, ids, section("Ping URLs"), urls,
            section("Paste into a script or crontab"), shell);
        box.setPadding(new Insets(12));
        vm.check().addListener((o, was, now) -> show(now));
        show(vm.check().get());
    }

    private static Label section(String text) {
        var label = new Label(text);
        label.getStyleClass().add("section");
        return label;
    }

    private static Node withCopy(TextField field, String copyId) {
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(6, field, Copy.button(copyId, field::getText));
    }

    private void show(Optional<Check> check) {
        box.setDisable(check.isEmpty());
        Check c = check.orElse(null);
        if (c == null) {
            name.setText("No check selected");
            status.setText("");
            facts.setText("");
            uuid.setText("");
            slug.setText("");
            urls.getChildren().clear();
            curl.setText("");
            curlOutput.setText("");
            crontab.setText("");
            noIntegration.setVisible(false);
            return;
        }
        name.setText(c.displayName());
        status.setText(StatusLook.glyph(c.status()) + "  " + StatusLook.word(c.status()));
        StatusLook.apply(status, c.status());
        ZoneId zone = ZoneId.systemDefault();
        facts.setText("Schedule: " + c.schedule().describe() + ", grace " + io.cronkeeper.gui.client.Durations.format(c.grace())
            + "   ·   Last ping: " + Times.exact(c.lastPing(), zone).transform(s -> s.isEmpty() ? "never" : s)
            + "   ·   Next expected: " + Times.exact(c.nextPing(), zone).transform(s -> s.isEmpty() ? "—" : s)
            + "   ·   " + io.cronkeeper.gui.widgets.Plural.of(c.nPings(), "ping") + AlertSummary.of(c.raw(), zone));
        noIntegration.setVisible(c.channels().isEmpty());
        noIntegration.setText("\u26A0  Alerts are off: this check has no integration, so nobody hears when it goes down. "
            + "Pick one on the Alerts tab, or use \"Assign to all checks\" on the Integrations page.");
        uuid.setText(c.uuid());
        slug.setText(c.slug());
        curl.setText(PingUrls.curl(c));
        curlOutput.setText(PingUrls.curlWithOutput(c));
        crontab.setText(PingUrls.crontab(c));
        pause.setDisable(c.paused());
        resume.setDisable(!c.paused());
        fillUrls(c);
    }

    private void fillUrls(Check c) {
        urls.getChildren().clear();
        for (PingUrls.Signal signal : PingUrls.SIGNALS) {
            String byUuid = PingUrls.byUuid(c, signal);
            Forms.row(urls, signal.label(), UrlLabel.withCopy("url-" + signal.id(), byUuid, "copyUrl-" + signal.id()));
            Optional<String> bySlug = PingUrls.bySlug(c, signal);
            var slugRow = UrlLabel.withCopy("slugUrl-" + signal.id(), bySlug.orElse("(needs a slug and a project ping key)"),
                "copySlugUrl-" + signal.id());
            slugRow.setDisable(bySlug.isEmpty());
            Forms.row(urls, "  by slug", slugRow);
        }
    }

    private void confirmDelete() {
        vm.check().get().ifPresent(c -> {
            if (Confirm.ask(box, "Delete " + c.displayName() + "?", "The check, its pings and its history are deleted. "
                + "Its ping URLs will answer 404 from now on.", "Delete")) {
                vm.delete();
            }
        });
    }

    /** The URL Ctrl+C copies: the success URL by UUID. */
    public Optional<String> successUrl() {
        return vm.check().get().map(Check::pingUrl);
    }

    public void requestDelete() {
        confirmDelete();
    }

    public Node node() {
        var scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

}
