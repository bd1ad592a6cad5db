package io.cronkeeper.gui.client;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the app knows of its server: projects, checks and channels, kept current by the event
 * stream and by the answers to the app's own calls. Every view model reads from here; only the
 * UI thread changes it. After a (re)connect everything is reloaded, since events are not replayed.
 */
public final class Workspace {
    private final AdminClient client;
    private final Calls calls;
    private final Clock clock;
    private final ObservableList<Project> projects = FXCollections.observableArrayList();
    private final ObservableList<LiveCheck> checks =
        FXCollections.observableArrayList(c -> new Observable[] {c.property()});
    private final Map<String, LiveCheck> byUuid = new HashMap<>();
    private final ObservableList<Channel> channels = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ConnectionState> state =
        new ReadOnlyObjectWrapper<>(new ConnectionState.Connecting("Connecting…"));
    /** The project the user works in; empty for all projects. */
    private final ObjectProperty<Optional<Project>> selectedProject = new SimpleObjectProperty<>(Optional.empty());
    /** Ticks so relative times ("3 min ago") are redrawn; set by the app's timer. */
    private final ReadOnlyObjectWrapper<Instant> now;
    private final List<Consumer<ServerEvent>> listeners = new ArrayList<>();
    /** Reloads asked for and not yet answered; while any is out, events are kept in {@link #sinceReload}. */
    private int reloadsInFlight;
    /**
     * Events applied since the oldest reload in flight was asked for. A reload's snapshot may have
     * been read before them (a check created just after a reconnect), so they are applied again on
     * top of it; events come in order, so doing so ends in the newest state.
     */
    private final List<ServerEvent> sinceReload = new ArrayList<>();

    public Workspace(AdminClient client, Calls calls, Clock clock) {
        this.client = client;
        this.calls = calls;
        this.clock = clock;
        this.now = new ReadOnlyObjectWrapper<>(clock.instant());
    }

    public AdminClient client() {
        return client;
    }

    public Calls calls() {
        return calls;
    }

    public Clock clock() {
        return clock;
    }

    /** Reloads projects, checks and channels. */
    public void reload() {
        reloadsInFlight++;
        calls.run(() -> new Snapshot(client.projects(), client.checks(), client.channels()), s -> {
            load(s);
            List.copyOf(sinceReload).forEach(this::applyToState);
            reloadAnswered();
        }, e -> {
            reloadAnswered();
            state.set(ConnectionState.of(e));
        });
    }

    private void reloadAnswered() {
        if (--reloadsInFlight == 0) {
            sinceReload.clear();
        }
    }

    private record Snapshot(List<Project> projects, List<Check> checks, List<Channel> channels) {
    }

    private void load(Snapshot s) {
        projects.setAll(s.projects());
        selectedProject.get().ifPresent(p -> selectedProject.set(project(p.uuid())));
        Map<String, Check> fresh = new HashMap<>();
        s.checks().forEach(c -> fresh.put(c.uuid(), c));
        checks.removeIf(live -> !fresh.containsKey(live.uuid()));
        byUuid.keySet().retainAll(fresh.keySet());
        s.checks().forEach(this::put);
        channels.setAll(s.channels());
        tick();
    }

    /** A check as an answer or event showed it; added when new. */
    public void put(Check check) {
        LiveCheck live = byUuid.get(check.uuid());
        if (live == null) {
            live = new LiveCheck(check);
            byUuid.put(check.uuid(), live);
            checks.add(live);
        } else {
            live.set(check);
        }
    }

    public void remove(String checkUuid) {
        LiveCheck live = byUuid.remove(checkUuid);
        if (live != null) {
            checks.remove(live);
        }
    }

    public Optional<LiveCheck> check(String uuid) {
        return Optional.ofNullable(byUuid.get(uuid));
    }

    public Optional<Project> project(String uuid) {
        return projects.stream().filter(p -> p.uuid().equals(uuid)).findFirst();
    }

    public void putProject(Project project) {
        for (int i = 0; i < projects.size(); i++) {
            if (projects.get(i).uuid().equals(project.uuid())) {
                projects.set(i, project);
                if (selectedProject.get().filter(p -> p.uuid().equals(project.uuid())).isPresent()) {
                    selectedProject.set(Optional.of(project));
                }
                return;
            }
        }
        projects.add(project);
    }

    public void removeProject(String uuid) {
        projects.removeIf(p -> p.uuid().equals(uuid));
        new ArrayList<>(checks).stream().filter(c -> c.get().project().equals(uuid)).forEach(c -> remove(c.uuid()));
        channels.removeIf(c -> c.project().equals(uuid));
        if (selectedProject.get().filter(p -> p.uuid().equals(uuid)).isPresent()) {
            selectedProject.set(Optional.empty());
        }
    }

    public void putChannel(Channel channel) {
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).uuid().equals(channel.uuid())) {
                channels.set(i, channel);
                return;
            }
        }
        channels.add(channel);
    }

    public void removeChannel(String uuid) {
        channels.removeIf(c -> c.uuid().equals(uuid));
    }

    /** Applies one live event; then tells the listeners (ping log, notifications). */
    public void apply(ServerEvent event) {
        if (reloadsInFlight > 0) {
            sinceReload.add(event);
        }
        applyToState(event);
        if (event instanceof ServerEvent.Overflow) {
            reload();
        }
        List.copyOf(listeners).forEach(l -> l.accept(event));
    }

    private void applyToState(ServerEvent event) {
        switch (event) {
            case ServerEvent.CheckChanged c -> {
                if (c.deleted()) {
                    remove(c.checkUuid());
                } else {
                    c.check().ifPresent(this::put);
                }
                refreshCounts();
            }
            case ServerEvent.PingReceived p -> p.check().ifPresent(this::put);
            case ServerEvent.Flipped f -> {
                f.check().ifPresent(this::put);
                refreshCounts();
            }
            case ServerEvent.ProjectChanged p -> {
                if (p.action().equals("deleted")) {
                    removeProject(p.project().uuid());
                } else {
                    putProject(p.project());
                }
            }
            case ServerEvent.ChannelChanged c -> {
                if (c.action().equals("deleted")) {
                    removeChannel(c.channel().uuid());
                } else {
                    putChannel(c.channel());
                }
            }
            case ServerEvent.Overflow o -> {
                // Events were dropped; apply() reloads. Nothing to redo when applied again after a reload.
            }
        }
    }

    /** Project counts come from the server; recount locally so the sidebar stays right between reloads. */
    private void refreshCounts() {
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            var mine = checks.stream().map(LiveCheck::get).filter(c -> c.project().equals(p.uuid())).toList();
            var counts = new Project.Counts(mine.size(), count(mine, CheckStatus.UP) + count(mine, CheckStatus.STARTED),
                count(mine, CheckStatus.GRACE), count(mine, CheckStatus.DOWN), count(mine, CheckStatus.PAUSED),
                count(mine, CheckStatus.NEW));
            if (!counts.equals(p.checks())) {
                projects.set(i, new Project(p.uuid(), p.name(), p.pingKey(), p.pingUrlBase(), counts));
            }
        }
    }

    private static int count(List<Check> checks, CheckStatus status) {
        return (int) checks.stream().filter(c -> c.status() == status).count();
    }

    public void onEvent(Consumer<ServerEvent> listener) {
        listeners.add(listener);
    }

    public void setState(ConnectionState value) {
        state.set(value);
    }

    public void tick() {
        now.set(clock.instant());
    }

    public ObservableList<Project> projects() {
        return projects;
    }

    public ObservableList<LiveCheck> checks() {
        return checks;
    }

    public ObservableList<Channel> channels() {
        return channels;
    }

    public ReadOnlyObjectProperty<ConnectionState> state() {
        return state.getReadOnlyProperty();
    }

    public ObjectProperty<Optional<Project>> selectedProject() {
        return selectedProject;
    }

    public ReadOnlyObjectProperty<Instant> now() {
        return now.getReadOnlyProperty();
    }
}
