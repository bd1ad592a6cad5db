package io.cronkeeper.monitor;

/** Wakes the monitor for a closer deadline and the given loop (the dispatcher) for queued alerts. */
public record LoopWakeups(Monitor monitor, Loop dispatcher) implements Wakeups {
    @Override
    public void deadline(long micros) {
        monitor.deadline(micros);
    }

    @Override
    public void alertsQueued() {
        dispatcher.wake();
    }
}
