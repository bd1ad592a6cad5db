package io.cronkeeper.body;

/**
 * One request's bytes of the {@link BodyBudget}; it only grows, and gives everything back at
 * {@link #close()}. Used by the request's own thread only.
 */
public final class Reservation implements AutoCloseable {
    private final BodyBudget budget;
    private long held;

    Reservation(BodyBudget budget) {
        this.budget = budget;
    }

    /** Takes {@code bytes} more, waiting briefly for room; {@link BodyBudget.Exhausted} if there is none. */
    public void grow(long bytes) {
        budget.take(bytes);
        held += bytes;
    }

    public long held() {
        return held;
    }

    @Override
    public void close() {
        budget.give(held);
        held = 0;
    }
}
