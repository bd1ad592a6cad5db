package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.check.AlertOptions;
import io.cronkeeper.check.Check;
import org.junit.jupiter.api.Test;

/** The writer's cache keeps ping fields as primitives; what it gives back must be the check it was given. */
class CachedCheckTest {
    private static Check loaded() {
        return new Check(7, "0c2f3e8a-5b7d-4e6f-9a1b-2c3d4e5f6a7b", 1, "backup", "backup", "nightly", "", "cron",
            86400, 3600, "0 3 * * *", "Europe/Riga", "new", "POST", true, false, false, true, false, "", "ok", "fail",
            "badge", 0, null, null, null, null, null, false, 1_700_000_000_000_000L, AlertOptions.DEFAULTS, 0, null);
    }

    @Test
    void aFreshEntryGivesBackTheLoadedCheck() {
        assertThat(new CachedCheck(loaded()).current()).isEqualTo(loaded());
    }

    @Test
    void anUpdateReplacesEveryPingFieldIncludingNullsAndKeepsTheRest() {
        CachedCheck cached = new CachedCheck(loaded());
        Check.PingState down = new Check.PingState("down", 5, 10L, 8L, "rid-1", 2L, 99L, true, 3, 50L);
        cached.update(down);
        assertThat(cached.current()).isEqualTo(loaded().with(down));

        Check.PingState up = new Check.PingState("up", 6, 20L, null, null, null, 120L, false, 0, null);
        cached.update(up);
        assertThat(cached.current()).isEqualTo(loaded().with(up));
        assertThat(cached.current().pingState()).isEqualTo(up);
    }

    @Test
    void anotherRowIsNotThisEntry() {
        CachedCheck cached = new CachedCheck(loaded());
        Check other = new Check(8, "1c2f3e8a-5b7d-4e6f-9a1b-2c3d4e5f6a7b", 1, "x", "x", "", "", "simple", 60, 60,
            "* * * * *", "UTC", "new", "", false, false, false, false, false, "", "", "", "b2", 0, null, null, null,
            null, null, false, 0, AlertOptions.DEFAULTS, 0, null);
        assertThat(cached.isRowOf(loaded())).isTrue();
        assertThat(cached.isRowOf(other)).isFalse();
    }
}
