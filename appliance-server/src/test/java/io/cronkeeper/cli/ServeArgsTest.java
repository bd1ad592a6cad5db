package io.cronkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The start's own reading of plain flags, and what it leaves to picocli. */
class ServeArgsTest {
    @Test
    void plainFlagsAreReadBothWays() {
        SettingsOptions o = ServeArgs.parse(new String[] {"--port", "8001", "--host=127.0.0.1", "--config", "/etc/x.yaml",
            "--data-dir=/srv/ck"}).orElseThrow();
        assertThat(o.port).isEqualTo("8001");
        assertThat(o.host).isEqualTo("127.0.0.1");
        assertThat(o.config).isEqualTo(Path.of("/etc/x.yaml"));
        assertThat(o.dataDir).isEqualTo("/srv/ck");
        assertThat(ServeArgs.parse(new String[0])).isPresent();
    }

    @Test
    void anythingUnusualGoesToPicocli() {
        for (String[] args : new String[][] {
            {"--prot", "8000"}, {"--port", "1", "--port", "1"}, {"--port"}, {"--port", "--host", "x"}, {"--port="},
            {"-h"}, {"--help"}, {"project", "list"}, {"--", "--port", "1"}, {"--config", "a\u0000b"}, {"8000"}}) {
            assertThat(ServeArgs.parse(args)).as(Arrays.toString(args)).isEmpty();
        }
    }

    /** Every flag picocli knows on the start is read here too: what this reads is what picocli would. */
    @Test
    void readsWhatPicocliReads() {
        var spec = CommandLine.Model.CommandSpec.forAnnotatedObject(new SettingsOptions());
        for (var option : spec.options()) {
            String value = option.type() == Path.class ? "/some/where" : "v-" + option.longestName();
            SettingsOptions fast = ServeArgs.parse(new String[] {option.longestName(), value}).orElseThrow();
            SettingsOptions slow = new SettingsOptions();
            new CommandLine(slow).parseArgs(option.longestName(), value);
            assertThat(fast).usingRecursiveComparison().ignoringFields("mixee").as(option.longestName()).isEqualTo(slow);
        }
    }
}
