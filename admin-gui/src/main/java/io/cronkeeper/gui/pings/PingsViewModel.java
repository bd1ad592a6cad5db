package io.cronkeeper.gui.pings;

import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.Ping;
import io.cronkeeper.gui.client.PingBody;
import io.cronkeeper.gui.client.PingKind;
import io.cronkeeper.gui.client.ServerEvent;
import io.cronkeeper.gui.client.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * A check's ping log, reloaded when the stream announces a ping of that check; the body of the
 * selected ping as text when it is UTF-8, as a hex dump otherwise; and the run durations for
 * the chart.
 */
public final class PingsViewModel {
    private final Workspace workspace;
    private final Calls calls;
    private final ObservableList<Ping> pings = FXCollections.observableArrayList();
    private final FilteredList<Ping> visible = new FilteredList<>(pings);
    private final ObjectProperty<PingKindFilter> kind = new SimpleObjectProperty<>(PingKindFilter.ALL);
    private final ObservableList<DurationPoint> durations = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<PingBody>> body = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper bodyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bodyInfo = new ReadOnlyStringWrapper("Select a ping to see its body.");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObjectProperty<BodyEncoding> encoding = new SimpleObjectProperty<>(BodyEncoding.UTF8);
    private Optional<Ping> shownPing = Optional.empty();
    private String checkUuid = "";
    private long selectedN = -1;
    /** Reloads may answer out of order; only the latest one's answer is shown. */
    private long reloads;

    public PingsViewModel(Workspace workspace) {
        this.workspace = workspace;
        this.calls = workspace.calls();
        kind.addListener((o, was, now) -> visible.setPredicate(p -> (now == null ? PingKindFilter.ALL : now).accepts(p.kind())));
        workspace.onEvent(this::onEvent);
        encoding.addListener(o -> render());
    }

    public void show(Optional<Check> check) {
        String uuid = check.map(Check::uuid).orElse("");
        if (uuid.equals(checkUuid)) {
            return;
        }
        checkUuid = uuid;
        pings.clear();
        durations.clear();
        select(Optional.empty());
        if (!uuid.isEmpty()) {
            reload();
        }
    }

    public void reload() {
        String uuid = checkUuid;
        long reload = ++reloads;
        calls.run(() -> workspace.client().pings(uuid), list -> {
            if (uuid.equals(checkUuid) && reload == reloads) {
                pings.setAll(list);
                durations.setAll(durationsOf(list));
            }
        }, e -> message.set(e.getMessage()));
    }

    private void onEvent(ServerEvent event) {
        if (event instanceof ServerEvent.PingReceived p && p.checkUuid().equals(checkUuid)) {
            reload();
        }
    }

    static List<DurationPoint> durationsOf(List<Ping> pings) {
        return pings.stream()
            .filter(p -> p.duration().isPresent() && (p.kind() == PingKind.SUCCESS || p.kind() == PingKind.FAIL))
            .map(p -> new DurationPoint(p.date(), p.duration().getAsDouble(), p.kind() == PingKind.FAIL))
            .sorted(Comparator.comparing(DurationPoint::at))
            .toList();
    }

    public void select(Optional<Ping> ping) {
        body.set(Optional.empty());
        bodyText.set("");
        shownPing = ping;
        selectedN = ping.map(Ping::n).orElse(-1L);
        if (ping.isEmpty()) {
            bodyInfo.set("Select a ping to see its body.");
            return;
        }
        Ping p = ping.get();
        if (p.bodySize() == 0) {
            bodyInfo.set("Ping #" + p.n() + " has no body.");
            return;
        }
        bodyInfo.set("Loading the body of ping #" + p.n() + "…");
        String uuid = checkUuid;
        calls.run(() -> workspace.client().pingBody(uuid, p.n()), b -> {
            if (selectedN == p.n() && uuid.equals(checkUuid)) {
                body.set(Optional.of(b));
                // Each body starts as UTF-8 text when it is valid UTF-8, else as hex; Latin-1 is a click away.
                encoding.set(b.utf8() ? BodyEncoding.UTF8 : BodyEncoding.HEX);
                render();
            }
        }, e -> bodyInfo.set(e.getMessage()));
    }

    private void render() {
        body.get().ifPresent(b -> {
            bodyText.set(encoding.get().render(b.bytes()));
            long received = shownPing.map(Ping::bodyReceived).orElse((long) b.bytes().length);
            String size = received > b.bytes().length
                ? "first " + String.format(java.util.Locale.ROOT, "%,d", b.bytes().length) + " of "
                    + io.cronkeeper.gui.widgets.Plural.of(received, "byte") + " stored (the server keeps no more)"
                : io.cronkeeper.gui.widgets.Plural.of(b.bytes().length, "byte");
            String kind = b.utf8() ? "Text (valid UTF-8)" : "Not valid UTF-8";
            bodyInfo.set(kind + ", " + size);
        });
    }

    /** How the body is shown: text in an encoding, or hex. */
    public ObjectProperty<BodyEncoding> encoding() {
        return encoding;
    }

    /** Writes the body as received, byte for byte. */
    public void saveBody(Path file) {
        body.get().ifPresent(b -> calls.run(() -> {
            try {
                Files.write(file, b.bytes());
                return file;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, f -> message.set("Saved " + f.getFileName()), e -> message.set(e.getMessage())));
    }

    public ObservableList<Ping> visible() {
        return visible;
    }

    public ObjectProperty<PingKindFilter> kind() {
        return kind;
    }

    public ObservableList<DurationPoint> durations() {
        return durations;
    }

    public ReadOnlyObjectProperty<Optional<PingBody>> body() {
        return body.getReadOnlyProperty();
    }

    /** What the body viewer shows: the text, or the hex dump. */
    public ReadOnlyStringProperty bodyText() {
        return bodyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyInfo() {
        return bodyInfo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** The number of the ping whose body is shown, -1 for none. */
    public long selectedN() {
        return selectedN;
    }

    public String suggestedFileName() {
        return "ping-" + selectedN + (body.get().map(PingBody::utf8).orElse(true) ? ".txt" : ".bin");
    }
}
