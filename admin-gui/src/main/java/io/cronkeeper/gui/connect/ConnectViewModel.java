package io.cronkeeper.gui.connect;

import io.cronkeeper.gui.client.AdminClient;
import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.ClientException;
import io.cronkeeper.gui.client.Endpoint;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Choosing a server: the remembered ones, or a new URL and token. Connecting first asks the
 * server for its projects, so a wrong address, a refused token or an unknown certificate is
 * told apart and explained before the main window opens. A certificate's fingerprint is shown
 * and, once trusted, remembered with the server.
 */
public final class ConnectViewModel {
    private final ServerStore store;
    private final Calls calls;
    private final Function<Endpoint, AdminClient> clients;
    private final Consumer<ServerProfile> onConnected;
    private final Optional<Runnable> onCancel;
    private final ObservableList<ServerProfile> servers = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty token = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper untrustedFingerprint = new ReadOnlyStringWrapper("");
    private String tokenFile = "";
    private String pinned = "";
    private boolean cancelled;

    public ConnectViewModel(ServerStore store, List<ServerProfile> discovered, String discoveryProblem, Calls calls,
                            Function<Endpoint, AdminClient> clients, Consumer<ServerProfile> onConnected) {
        this(store, discovered, discoveryProblem, calls, clients, onConnected, Optional.empty());
    }

    /** @param onCancel goes back to the server the window showed, when there is one */
    public ConnectViewModel(ServerStore store, List<ServerProfile> discovered, String discoveryProblem, Calls calls,
                            Function<Endpoint, AdminClient> clients, Consumer<ServerProfile> onConnected,
                            Optional<Runnable> onCancel) {
        this.store = store;
        this.onCancel = onCancel;
        this.calls = calls;
        this.clients = clients;
        this.onConnected = onConnected;
        servers.setAll(discovered);
        store.load().stream().filter(p -> servers.stream().noneMatch(d -> d.name().equals(p.name())))
            .forEach(servers::add);
        message.set(discoveryProblem);
        if (!servers.isEmpty()) {
            select(servers.getFirst());
        }
        url.addListener((o, was, now) -> {
            if (!now.equals(was)) {
                pinned = "";
                untrustedFingerprint.set("");
            }
        });
    }

    public void select(ServerProfile profile) {
        name.set(profile.name());
        url.set(profile.url());
        token.set(profile.token());
        tokenFile = profile.tokenFile();
        pinned = profile.fingerprint();
        untrustedFingerprint.set("");
    }

    /** A blank form for another server. */
    public void newServer() {
        name.set("");
        url.set("https://");
        token.set("");
        tokenFile = "";
        pinned = "";
        untrustedFingerprint.set("");
        message.set("");
    }

    public void connect() {
        ServerProfile profile = profile();
        if (profile.url().isBlank() || !profile.url().matches("(?i)https?://.+")) {
            message.set("Enter the server's address, e.g. http://192.168.1.20:8000 or https://cronkeeper.lan:8443");
            return;
        }
        if (profile.currentToken().isBlank()) {
            message.set("Enter the admin token. It is in the file admin-token in the server's data dir "
                + "(~/.local/share/cronkeeper/admin-token by default).");
            return;
        }
        message.set("Connecting to " + profile.url() + "…");
        AdminClient client = clients.apply(profile.endpoint());
        calls.run(client::projects, projects -> connected(profile), this::failed);
    }

    /** The user compared the fingerprint and trusts this certificate. */
    public void trustCertificate() {
        pinned = untrustedFingerprint.get();
        untrustedFingerprint.set("");
        connect();
    }

    /** Whether there is a window to go back to (at launch there is none). */
    public boolean canCancel() {
        return onCancel.isPresent();
    }

    /** Back to the server shown before, unchanged; a connect still under way is ignored. */
    public void cancel() {
        onCancel.ifPresent(back -> {
            cancelled = true;
            back.run();
        });
    }

    public void forget(ServerProfile profile) {
        store.forget(profile.name());
        servers.remove(profile);
    }

    private void connected(ServerProfile profile) {
        if (cancelled) {
            return;
        }
        message.set("");
        store.remember(profile);
        servers.removeIf(p -> p.name().equals(profile.name()));
        servers.addFirst(profile);
        onConnected.accept(profile);
    }

    private void failed(ClientException e) {
        if (cancelled) {
            return;
        }
        switch (e) {
            case ClientException.UntrustedCertificate t -> {
                untrustedFingerprint.set(t.fingerprint());
                message.set("This server's certificate is not signed by an authority this computer trusts. "
                    + "Compare its SHA-256 fingerprint with the one the server logged at start; trust it only if they match.");
            }
            case ClientException.Unauthorized u -> message.set(u.getMessage()
                + " The token is in the file admin-token in the server's data dir.");
            case ClientException.Unreachable u -> message.set(u.getMessage());
            case ClientException.Rejected r -> message.set("The server answered, but not as a Cronkeeper admin API: "
                + r.getMessage());
            case ClientException.Unsupported u -> message.set("The server answered, but has no Cronkeeper admin API: "
                + u.getMessage());
        }
    }

    private ServerProfile profile() {
        String n = name.get().isBlank() ? host(url.get()) : name.get().strip();
        String typed = token.get().strip();
        return typed.isEmpty()
            ? new ServerProfile(n, url.get(), "", tokenFile, pinned)
            : new ServerProfile(n, url.get(), typed, "", pinned);
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? url.strip() : host;
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
    }

    public ObservableList<ServerProfile> servers() {
        return servers;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty url() {
        return url;
    }

    public StringProperty token() {
        return token;
    }

    public boolean tokenFromFile() {
        return !tokenFile.isEmpty() && token.get().isBlank();
    }

    public String tokenFile() {
        return tokenFile;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty untrustedFingerprint() {
        return untrustedFingerprint.getReadOnlyProperty();
    }

}
