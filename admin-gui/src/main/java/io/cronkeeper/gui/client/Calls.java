package io.cronkeeper.gui.client;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs server calls off the UI thread and hands their results back on it. Counts the calls in
 * flight for the busy indicator, and keeps the last unhandled error for the status line.
 * View models take one; tests use {@link #synchronous()} so no toolkit is needed.
 */
public final class Calls {
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyIntegerWrapper busy = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");

    public Calls(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Each call on a virtual thread; results delivered through {@code ui} (Platform::runLater). */
    public static Calls onUiThread(Executor ui) {
        return new Calls(Executors.newVirtualThreadPerTaskExecutor(), ui);
    }

    /** Everything on the caller's thread: for view model tests. */
    public static Calls synchronous() {
        return new Calls(Runnable::run, Runnable::run);
    }

    /** Must be called on the UI thread; {@code onOk} and {@code onError} run there too. */
    public <T> void run(Supplier<T> work, Consumer<T> onOk, Consumer<ClientException> onError) {
        busy.set(busy.get() + 1);
        background.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (ClientException e) {
                ui.execute(() -> {
                    busy.set(busy.get() - 1);
                    onError.accept(e);
                });
                return;
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    busy.set(busy.get() - 1);
                    onError.accept(new ClientException.Unreachable("Unexpected problem: " + e));
                });
                return;
            }
            ui.execute(() -> {
                busy.set(busy.get() - 1);
                lastError.set("");
                onOk.accept(result);
            });
        });
    }

    /** Errors go to the status line. */
    public <T> void run(Supplier<T> work, Consumer<T> onOk) {
        run(work, onOk, e -> lastError.set(e.getMessage()));
    }

    /** Runs {@code task} on the UI thread (after a call's result, or from another thread). */
    public void onUi(Runnable task) {
        ui.execute(task);
    }

    public void reportError(String message) {
        lastError.set(message);
    }

    public ReadOnlyIntegerProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastError() {
        return lastError.getReadOnlyProperty();
    }
}
