package io.cronkeeper.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesktopSchemeTest {
    @Test
    void theUsersChoiceWinsThenTheGtkThemeThenGnome() {
        assertThat(DesktopScheme.forced("dark", Map.of())).contains(true);
        assertThat(DesktopScheme.forced("", Map.of("CRONKEEPER_THEME", "light"))).contains(false);
        assertThat(DesktopScheme.forced("", Map.of())).isEmpty();
        assertThat(DesktopScheme.gtkTheme(Map.of("GTK_THEME", "Adwaita:dark"))).contains(true);
        assertThat(DesktopScheme.gtkTheme(Map.of("GTK_THEME", "Yaru-dark"))).contains(true);
        assertThat(DesktopScheme.gtkTheme(Map.of("GTK_THEME", "Adwaita"))).contains(false);
        assertThat(DesktopScheme.gtkTheme(Map.of())).isEmpty();
    }

    @Test
    void gnomesColorSchemeThenItsThemeName() {
        assertThat(DesktopScheme.gnome("'prefer-dark'\n", "'Adwaita'")).contains(true);
        assertThat(DesktopScheme.gnome("'prefer-light'\n", "'Adwaita-dark'")).contains(false);
        assertThat(DesktopScheme.gnome("'default'\n", "'Yaru-dark'\n")).contains(true);
        assertThat(DesktopScheme.gnome("'default'\n", "'Yaru'\n")).contains(false);
        assertThat(DesktopScheme.gnome("", "")).isEqualTo(Optional.empty());
    }
}
