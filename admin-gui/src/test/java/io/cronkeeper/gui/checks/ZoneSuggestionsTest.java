package io.cronkeeper.gui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ZoneSuggestionsTest {
    @Test
    void theLocalZoneAndUtcComeFirstAndTypingNarrows() {
        var all = ZoneSuggestions.all(ZoneId.of("Europe/Riga"));
        assertThat(all.subList(0, 2)).containsExactly("Europe/Riga", "UTC");
        assertThat(all).doesNotHaveDuplicates().contains("America/New_York");
        assertThat(ZoneSuggestions.matching(all, "riga")).first().isEqualTo("Europe/Riga");
        assertThat(ZoneSuggestions.matching(all, "new y")).contains("America/New_York");
        assertThat(ZoneSuggestions.matching(all, "berl").getFirst()).isEqualTo("Europe/Berlin");
        assertThat(ZoneSuggestions.matching(all, "")).isEqualTo(all);
    }
}
