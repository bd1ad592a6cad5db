package io.cronkeeper.gui.client;

/** Seconds as people read them: {@code 90 s}, {@code 5 min}, {@code 1 h 30 min}, {@code 2 d}. */
public final class Durations {
    private Durations() {
    }

    public static String format(long seconds) {
        if (seconds < 120 && seconds % 60 != 0) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        long restMinutes = minutes % 60;
        if (hours < 48) {
            return hours + " h" + (restMinutes == 0 ? "" : " " + restMinutes + " min");
        }
        long days = hours / 24;
        long restHours = hours % 24;
        return days + " d" + (restHours == 0 ? "" : " " + restHours + " h");
    }
}
