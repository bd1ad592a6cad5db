package io.cronkeeper.gui.app;

import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.ClientException;
import io.cronkeeper.gui.client.ConnectionState;
import io.cronkeeper.gui.client.EventStream;
import io.cronkeeper.gui.client.HttpAdminClient;
import io.cronkeeper.gui.client.ServerEvent;
import io.cronkeeper.gui.client.Workspace;
import io.cronkeeper.gui.connect.ServerProfile;
import java.time.Clock;

/**
 * One connection to one server: the client, what the app knows of the server, and the event
 * stream that keeps it current. The stream's thread hands everything to the UI thread.
 */
final class Session implements AutoCloseable {
    private final ServerProfile profile;
    private final String token;
    private final Workspace workspace;
    private final EventStream stream;

    Session(ServerProfile profile, Calls calls, Clock clock) {
        this.profile = profile;
        var endpoint = profile.endpoint();
        this.token = endpoint.token();
        var client = new HttpAdminClient(endpoint);
        this.workspace = new Workspace(client, calls, clock);
        this.stream = client.events(new EventStream.Listener() {
            @Override
            public void connected() {
                calls.onUi(() -> {
                    workspace.setState(new ConnectionState.Online("Connected to " + profile.url()));
                    workspace.reload();
                });
            }

            @Override
            public void disconnected(ClientException why) {
                calls.onUi(() -> workspace.setState(ConnectionState.of(why)));
            }

            @Override
            public void event(ServerEvent event) {
                calls.onUi(() -> workspace.apply(event));
            }
        });
    }

    Session start() {
        stream.start();
        return this;
    }

    ServerProfile profile() {
        return profile;
    }

    /** The token file now holds another token than the one this session uses. */
    boolean tokenChanged() {
        return !profile.tokenFile().isEmpty() && !profile.currentToken().equals(token);
    }

    Workspace workspace() {
        return workspace;
    }

    @Override
    public void close() {
        stream.close();
    }
}
