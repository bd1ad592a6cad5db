package io.cronkeeper.gui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.ClientException;
import io.cronkeeper.gui.client.Endpoint;
import io.cronkeeper.gui.testing.FakeClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectViewModelTest {
    @TempDir
    Path dir;
    private final FakeClient client = new FakeClient();
    private final List<Endpoint> tried = new ArrayList<>();
    private final List<ServerProfile> connected = new ArrayList<>();

    private ConnectViewModel vm(List<ServerProfile> discovered) {
        return new ConnectViewModel(new ServerStore(dir), discovered, "", Calls.synchronous(), e -> {
            tried.add(e);
            return client;
        }, connected::add);
    }

    @Test
    void eachFailureGetsItsOwnExplanation() {
        var vm = vm(List.of());
        vm.url().set("http://nas.lan:8000");
        vm.connect();
        assertThat(vm.message().get()).startsWith("Enter the admin token");
        vm.token().set("t");
        client.refuseNext(new ClientException.Unreachable("Cannot reach the server at http://nas.lan:8000 (connection refused). Is it running?"));
        vm.connect();
        assertThat(vm.message().get()).contains("connection refused");
        client.refuseNext(new ClientException.Unauthorized("The server at http://nas.lan:8000 refused the admin token (wrong admin token)."));
        vm.connect();
        assertThat(vm.message().get()).contains("refused the admin token").contains("admin-token");
        assertThat(connected).isEmpty();
    }

    @Test
    void anUnknownCertificateIsTrustedByFingerprintAndRemembered() {
        var vm = vm(List.of());
        vm.url().set("https://nas.lan:8443");
        vm.token().set("secret");
        client.refuseNext(new ClientException.UntrustedCertificate("AB:CD"));
        vm.connect();
        assertThat(vm.untrustedFingerprint().get()).isEqualTo("AB:CD");
        vm.trustCertificate();
        assertThat(tried.getLast().fingerprint()).hasValue("AB:CD");
        assertThat(connected).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("nas.lan");
            assertThat(p.fingerprint()).isEqualTo("AB:CD");
        });
        assertThat(new ServerStore(dir).load()).containsExactly(connected.getFirst());
        assertThat(vm(List.of()).servers()).containsExactly(connected.getFirst());
    }

    @Test
    void theLocalServerComesFirstWithItsTokenFile() {
        var local = new ServerProfile("This computer", "http://localhost:8000", "", "/nonexistent/admin-token", "");
        new ServerStore(dir).remember(new ServerProfile("lab", "http://lab:8000", "t", "", ""));
        var vm = vm(List.of(local));
        assertThat(vm.servers()).extracting(ServerProfile::name).containsExactly("This computer", "lab");
        assertThat(vm.url().get()).isEqualTo("http://localhost:8000");
        assertThat(vm.tokenFromFile()).isTrue();
        assertThat(Optional.of(vm.tokenFile())).hasValue("/nonexistent/admin-token");
    }

    @Test
    void cancelGoesBackOnlyWhenThereIsAWindowToGoBackTo() {
        assertThat(vm(List.of()).canCancel()).isFalse();
        vm(List.of()).cancel();

        List<String> back = new ArrayList<>();
        // The connect call is held until the test lets it finish, as a slow server would.
        List<Runnable> pendingUi = new ArrayList<>();
        var held = new Calls(Runnable::run, pendingUi::add);
        var vm = new ConnectViewModel(new ServerStore(dir), List.of(), "", held, e -> client, connected::add,
            Optional.of(() -> back.add("main")));
        assertThat(vm.canCancel()).isTrue();
        vm.url().set("http://nas.lan:8000");
        vm.token().set("t");
        vm.connect();
        vm.cancel();
        assertThat(back).containsExactly("main");
        pendingUi.forEach(Runnable::run);
        // The answer that came after Cancel neither switches servers nor is remembered.
        assertThat(connected).isEmpty();
        assertThat(new ServerStore(dir).load()).isEmpty();
    }
}
