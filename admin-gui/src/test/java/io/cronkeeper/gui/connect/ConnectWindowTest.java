package io.cronkeeper.gui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.config.Setting;
import io.cronkeeper.gui.app.AppShell;
import io.cronkeeper.gui.testing.LiveServer;
import io.cronkeeper.http.PemTls;
import io.cronkeeper.http.SelfSignedCertificate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The connect screen against a real server with TLS on: a wrong token and an unknown
 * certificate each get their message; trusting the fingerprint connects and is remembered.
 */
class ConnectWindowTest extends FxRobot {
    @TempDir
    static Path dir;
    static LiveServer server;
    Stage stage;
    AppShell shell;
    Path configDir;

    @BeforeAll
    static void startServer() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        server = LiveServer.start(dir, Map.of(Setting.TLS_PORT, "0"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void open() throws Exception {
        configDir = Files.createTempDirectory("cronkeeper-connect");
        stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            shell = new AppShell(stage, configDir, new LocalDiscovery.Result(Optional.empty(),
                "No admin token at /nowhere/admin-token."), Clock.systemUTC());
            stage.setWidth(1000);
            stage.setHeight(700);
            shell.openInitial(Optional.empty());
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            shell.close();
            stage.close();
        });
    }

    @Test
    void wrongTokenIsExplainedAndTheRightOneConnects() {
        assertThat(text("#connectMessage")).contains("No admin token at");
        type("#serverUrl", server.url());
        type("#serverToken", "not-the-token");
        clickOn("#connect");
        waitUntil(() -> text("#connectMessage").contains("refused the admin token"));

        type("#serverToken", server.token());
        clickOn("#connect");
        waitUntil(() -> lookup("#mainWindow").tryQuery().isPresent());
        assertThat(new ServerStore(configDir).load()).singleElement()
            .satisfies(p -> assertThat(p.url()).isEqualTo(server.url()));
    }

    @Test
    void selfSignedCertificateShowsItsFingerprintAndIsTrustedOnce() {
        String fingerprint = PemTls.fingerprint(dir.resolve(SelfSignedCertificate.CERT_FILE));
        String url = "https://127.0.0.1:" + server.tlsPort();
        type("#serverUrl", url);
        type("#serverToken", server.token());
        clickOn("#connect");
        waitUntil(() -> text("#untrustedFingerprint").contains(fingerprint));
        assertThat(text("#connectMessage")).contains("not signed by an authority");

        clickOn("#trustCertificate");
        waitUntil(() -> lookup("#mainWindow").tryQuery().isPresent());
        assertThat(new ServerStore(configDir).load()).singleElement()
            .satisfies(p -> assertThat(p.fingerprint()).isEqualTo(fingerprint));
    }

    @Test
    void escapeAndCancelGoBackToTheServerShownBefore() {
        // At launch there is nothing to go back to.
        assertThat(lookup("#cancelConnect").queryButton().isVisible()).isFalse();
        push(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(lookup("#connectPane").tryQuery()).isPresent();

        type("#serverUrl", server.url());
        type("#serverToken", server.token());
        clickOn("#connect");
        waitUntil(() -> lookup("#mainWindow").tryQuery().isPresent());
        String title = onFx(stage::getTitle);

        onFx(() -> {
            shell.showConnect();
            return null;
        });
        waitUntil(() -> lookup("#connectPane").tryQuery().isPresent());
        clickOn("#serverUrl");
        push(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> lookup("#mainWindow").tryQuery().isPresent() && lookup("#connectPane").tryQuery().isEmpty());
        assertThat(onFx(stage::getTitle)).isEqualTo(title);

        onFx(() -> {
            shell.showConnect();
            return null;
        });
        waitUntil(() -> lookup("#cancelConnect").tryQuery().isPresent());
        clickOn("#cancelConnect");
        waitUntil(() -> lookup("#mainWindow").tryQuery().isPresent() && lookup("#connectPane").tryQuery().isEmpty());
    }

    private void type(String query, String value) {
        clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            ((TextInputControl) lookup(query).query()).selectAll();
            return null;
        });
        write(value);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return onFx(() -> switch (lookup(query).query()) {
            case TextInputControl t -> t.getText();
            case Labeled l -> l.getText();
            default -> "";
        });
    }

    private <T> T onFx(Callable<T> task) {
        try {
            return WaitForAsyncUtils.asyncFx(task).get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
                try {
                    return WaitForAsyncUtils.asyncFx(condition).get();
                } catch (Exception e) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
    }
}
