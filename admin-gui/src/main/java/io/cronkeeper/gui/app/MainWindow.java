package io.cronkeeper.gui.app;

import io.cronkeeper.gui.checks.CheckDetailViewModel;
import io.cronkeeper.gui.checks.CheckEditView;
import io.cronkeeper.gui.checks.CheckEditViewModel;
import io.cronkeeper.gui.checks.CheckOverview;
import io.cronkeeper.gui.checks.ChecksTable;
import io.cronkeeper.gui.checks.ChecksViewModel;
import io.cronkeeper.gui.checks.StatusFilter;
import io.cronkeeper.gui.checks.TagFilter;
import io.cronkeeper.gui.badges.BadgesView;
import io.cronkeeper.gui.badges.BadgesViewModel;
import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.Project;
import io.cronkeeper.gui.client.Workspace;
import io.cronkeeper.gui.history.HistoryView;
import io.cronkeeper.gui.history.HistoryViewModel;
import io.cronkeeper.gui.integrations.AssignmentView;
import io.cronkeeper.gui.integrations.AssignmentViewModel;
import io.cronkeeper.gui.integrations.IntegrationsView;
import io.cronkeeper.gui.integrations.IntegrationsViewModel;
import io.cronkeeper.gui.pings.PingsView;
import io.cronkeeper.gui.pings.PingsViewModel;
import io.cronkeeper.gui.hcimport.HcImportView;
import io.cronkeeper.gui.hcimport.HcImportViewModel;
import io.cronkeeper.gui.projects.ProjectSidebar;
import io.cronkeeper.gui.projects.ProjectsView;
import io.cronkeeper.gui.projects.ProjectsViewModel;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The main window: projects on the left; the checks table with the selected check's detail;
 * tabs for projects and keys and for integrations; banners for the connection and for checks
 * that go down; a status line with the busy indicator.
 */
final class MainWindow {
    private final Workspace workspace;
    private final ChecksViewModel checks;
    private final CheckEditViewModel edit;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final TabPane mainTabs = new TabPane();
    private final TabPane detailTabs = new TabPane();
    private final Tab overviewTab;
    private final Tab editTab;
    private final ChecksTable table;
    private final CheckOverview overview;
    private final CheckEditView editView;
    private final BannerArea banners = new BannerArea();
    private boolean reverting;

    MainWindow(Session session, Consumer<String> trust, Runnable changeServer) {
        this.workspace = session.workspace();
        root.setId("mainWindow");
        checks = new ChecksViewModel(workspace);
        var detail = new CheckDetailViewModel(workspace, checks);
        edit = new CheckEditViewModel(workspace);
        var pings = new PingsViewModel(workspace);
        var history = new HistoryViewModel(workspace);
        var assign = new AssignmentViewModel(workspace);
        table = new ChecksTable(checks);
        overview = new CheckOverview(detail);
        editView = new CheckEditView(edit, this::saved);

        overviewTab = tab("tabOverview", "Overview", overview.node());
        editTab = tab("tabEdit", "Edit", editView.node());
        var pingsTab = tab("tabPings", "Pings", new PingsView(pings).node());
        var historyTab = tab("tabHistory", "History", new HistoryView(history).node());
        var alertsTab = tab("tabAlerts", "Alerts", new AssignmentView(assign).node());
        detailTabs.setId("detailTabs");
        detailTabs.getTabs().setAll(java.util.List.of(overviewTab, editTab, pingsTab, historyTab, alertsTab));
        checks.selected().addListener((o, was, now) -> {
            if (reverting || now.isEmpty() || edit.editingUuid().filter(now::equals).isPresent()) {
                return;
            }
            if (edit.unsaved()) {
                // Asked after the click or key that changed the selection is fully handled, so
                // the table does not select the row again behind the answer.
                javafx.application.Platform.runLater(() -> {
                    if (!checks.selected().get().equals(now)) {
                        return;
                    }
                    if (discardEdits()) {
                        detail.check().get().ifPresent(edit::edit);
                    } else {
                        reverting = true;
                        checks.selected().set(was);
                        reverting = false;
                    }
                });
                return;
            }
            detail.check().get().ifPresent(edit::edit);
        });
        table.onOpen(this::editSelected);
        detail.check().addListener((o, was, now) -> {
            pings.show(now);
            history.show(now);
            assign.show(now);
        });

        var checksPane = new VBox(new TagFilter(checks).node(), table.node());
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        var split = new SplitPane(checksPane, detailTabs);
        split.setId("checksSplit");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);
        SplitPane.setResizableWithParent(detailTabs, true);
        detailTabs.setMinWidth(300);
        checksPane.setMinWidth(300);
        // Tabs other than Checks are built when first shown: a faster first window.
        var integrationsTab = LazyTab.of("tabIntegrations", "Integrations", () -> {
            var view = new IntegrationsView(new IntegrationsViewModel(workspace));
            view.shown();
            return view.node();
        });
        mainTabs.setId("mainTabs");
        mainTabs.getTabs().setAll(java.util.List.of(tab("tabChecks", "Checks", split),
            LazyTab.of("tabProjects", "Projects & keys", () -> new ProjectsView(new ProjectsViewModel(workspace)).node()),
            integrationsTab,
            LazyTab.of("tabBadges", "Badges", () -> new BadgesView(new BadgesViewModel(workspace)).node())));

        var alerts = new AlertBanner(uuid -> {
            mainTabs.getSelectionModel().select(0);
            checks.selected().set(uuid);
        });
        new DownNotifier(workspace, alerts);
        var sidebar = new ProjectSidebar(workspace).node();
        sidebar.setPrefWidth(180);
        sidebar.setMaxWidth(180);
        banners.add(new ConnectionBanner(workspace, trust, changeServer).node());
        banners.add(alerts.node());
        banners.add(new HealthBanner(workspace).node());
        banners.setContent(mainTabs);
        root.setTop(toolbar(session, changeServer));
        root.setLeft(sidebar);
        root.setCenter(banners.node());
        root.setBottom(statusLine());
    }

    private HBox toolbar(Session session, Runnable changeServer) {
        search.setId("search");
        search.setPromptText("Search checks (Ctrl+F)");
        search.textProperty().bindBidirectional(checks.search());
        search.setPrefWidth(260);
        var status = new ComboBox<>(FXCollections.observableArrayList(StatusFilter.values()));
        status.setId("statusFilter");
        status.valueProperty().bindBidirectional(checks.status());
        // Enter or Down in the search goes to the results, on the first row.
        search.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.DOWN) {
                mainTabs.getSelectionModel().select(0);
                table.focusFirstRow();
                e.consume();
            }
        });
        var newCheck = new Button("New check");
        newCheck.setId("newCheck");
        newCheck.getStyleClass().add("accent");
        newCheck.setOnAction(e -> newCheck());
        var server = new Label(session.profile().toString());
        server.setId("serverLabel");
        var switchServer = new Button("Servers…");
        switchServer.setId("switchServer");
        switchServer.setOnAction(e -> changeServer.run());
        var importHc = new Button("Import from Healthchecks…");
        importHc.setId("importHealthchecks");
        importHc.setOnAction(e -> HcImportView.show(root.getScene().getWindow(), new HcImportViewModel(workspace)));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(8, search, status, newCheck, importHc, spacer, server, switchServer);
        bar.getStyleClass().add("toolbar");
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private HBox statusLine() {
        var busy = new ProgressIndicator();
        busy.setId("busy");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(workspace.calls().busy().greaterThan(0));
        var line = new Label();
        line.setId("statusLine");
        line.textProperty().bind(workspace.calls().lastError());
        var bar = new HBox(8, busy, line);
        bar.getStyleClass().add("status-line");
        bar.setPadding(new Insets(3, 8, 3, 8));
        return bar;
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        var tab = new Tab(text, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /** Ctrl+N: the form for a new check in the selected project (or the first one). */
    void newCheck() {
        Optional<Project> project = workspace.selectedProject().get()
            .or(() -> workspace.projects().stream().findFirst());
        if (project.isEmpty()) {
            workspace.calls().reportError("Create a project first (Projects & keys).");
            return;
        }
        mainTabs.getSelectionModel().select(0);
        if (edit.unsaved() && !discardEdits()) {
            detailTabs.getSelectionModel().select(editTab);
            return;
        }
        edit.create(project.get());
        detailTabs.getSelectionModel().select(editTab);
        editView.focusName();
    }

    /** Asks before unsaved edits are dropped; Cancel (the default) keeps them. */
    private boolean discardEdits() {
        boolean discard = io.cronkeeper.gui.widgets.Confirm.ask(root, "Discard unsaved changes?",
            "Your changes to " + edit.subject() + " have not been saved.", "Discard changes");
        if (!discard) {
            detailTabs.getSelectionModel().select(editTab);
        }
        return discard;
    }

    /** Enter on a row: the selected check's form. */
    private void editSelected() {
        if (checks.selectedCheck().isPresent()) {
            detailTabs.getSelectionModel().select(editTab);
            editView.focusName();
        }
    }

    /** Where other features put their banners (server health, say). */
    BannerArea banners() {
        return banners;
    }

    private void saved(Check check) {
        checks.selected().set(check.uuid());
        detailTabs.getSelectionModel().select(overviewTab);
    }

    void focusSearch() {
        mainTabs.getSelectionModel().select(0);
        search.requestFocus();
        search.selectAll();
    }

    void deleteSelected() {
        if (mainTabs.getSelectionModel().getSelectedIndex() == 0 && checks.selectedCheck().isPresent()) {
            overview.requestDelete();
        }
    }

    Optional<String> selectedUrl() {
        return overview.successUrl();
    }

    StringBinding title(String serverName) {
        return Bindings.createStringBinding(() -> checks.title(serverName), checks.summary(), workspace.selectedProject());
    }

    TableView<?> checksTable() {
        return table.node();
    }

    Parent node() {
        return root;
    }
}
