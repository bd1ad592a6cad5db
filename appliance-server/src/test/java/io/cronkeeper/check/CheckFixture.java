package io.cronkeeper.check;

import io.cronkeeper.store.Micros;
import java.time.Duration;
import java.time.Instant;

/** Builds {@link Check} rows for unit tests: a default simple check, changed one field at a time. */
final class CheckFixture {
    private String status = "new";
    private int timeout = 86400;
    private int grace = 3600;
    private Long lastPing;
    private Long lastStart;
    private AlertOptions alerting = AlertOptions.DEFAULTS;

    static CheckFixture check() {
        return new CheckFixture();
    }

    CheckFixture status(String value) {
        this.status = value;
        return this;
    }

    CheckFixture timeout(Duration value) {
        this.timeout = (int) value.toSeconds();
        return this;
    }

    CheckFixture grace(Duration value) {
        this.grace = (int) value.toSeconds();
        return this;
    }

    CheckFixture lastPing(Instant value) {
        this.lastPing = Micros.of(value);
        return this;
    }

    CheckFixture lastStart(Instant value) {
        this.lastStart = Micros.of(value);
        return this;
    }

    CheckFixture startGrace(Duration value) {
        this.alerting = new AlertOptions((int) value.toSeconds(), alerting.minRunTime(), alerting.failThreshold(),
            alerting.repeatEvery(), alerting.snoozedUntil());
        return this;
    }

    Check build() {
        return new Check(1, "0c2f3e8a-5b7d-4e6f-9a1b-2c3d4e5f6a7b", 1, "name", "slug", "", "", "simple", timeout,
            grace, "* * * * *", "UTC", status, "", false, false, false, false, false, "", "", "",
            "badge", 0, lastPing, lastStart, null, null, null, false, 0, alerting, 0, null);
    }
}
