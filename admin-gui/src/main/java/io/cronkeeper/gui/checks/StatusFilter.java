package io.cronkeeper.gui.checks;

import io.cronkeeper.gui.client.CheckStatus;

/** The status choices of the checks filter. "Needs attention" is down or late (grace). */
public enum StatusFilter {
    ALL("All statuses"), ATTENTION("Down or late"), DOWN("Down"), GRACE("Late"), UP("Up"), STARTED("Running"),
    NEW("New"), PAUSED("Paused");

    private final String label;

    StatusFilter(String label) {
        this.label = label;
    }

    boolean accepts(CheckStatus status) {
        return switch (this) {
            case ALL -> true;
            case ATTENTION -> status == CheckStatus.DOWN || status == CheckStatus.GRACE;
            case DOWN -> status == CheckStatus.DOWN;
            case GRACE -> status == CheckStatus.GRACE;
            case UP -> status == CheckStatus.UP;
            case STARTED -> status == CheckStatus.STARTED;
            case NEW -> status == CheckStatus.NEW;
            case PAUSED -> status == CheckStatus.PAUSED;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
