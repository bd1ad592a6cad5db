package io.cronkeeper.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Environment files read as systemd's {@code EnvironmentFile=} reads them: the expected values are
 * those systemd's parser ({@code env-file.c}) yields, not what a shell would make of the lines.
 */
class EnvFileTest {
    @TempDir
    Path tmp;

    @Test
    void bareValuesKeepSpacesAngleBracketsDollarsAndBackticksVerbatim() {
        var vars = EnvFile.parse("""
            CRONKEEPER_SMTP_FROM=Cron Keeper <ck@example.com>
            CRONKEEPER_SMTP_PASSWORD=pa$$w0rd
            RUN=`touch /tmp/owned` $(id)
            HASH=a#b # not a comment
            """);
        assertThat(vars).containsExactly(
            Map.entry("CRONKEEPER_SMTP_FROM", "Cron Keeper <ck@example.com>"),
            Map.entry("CRONKEEPER_SMTP_PASSWORD", "pa$$w0rd"),
            Map.entry("RUN", "`touch /tmp/owned` $(id)"),
            Map.entry("HASH", "a#b # not a comment"));
    }

    @Test
    void commentsOnlyStartALine() {
        assertThat(EnvFile.parse("# A=1\n  ; B=2\n\tC=3\n;D=4\n")).containsExactly(Map.entry("C", "3"));
    }

    @Test
    void blanksAroundNameAndBareValueAreDroppedInteriorOnesKept() {
        assertThat(EnvFile.parse("  A  =   x  y \t\r\nB=\n")).containsExactly(Map.entry("A", "x  y"), Map.entry("B", ""));
    }

    @Test
    void singleQuotesAreVerbatimAndMaySpanLines() {
        assertThat(EnvFile.parse("A='it''s $HOME \\n'\nB='two\nlines'\n"))
            .containsExactly(Map.entry("A", "its $HOME \\n"), Map.entry("B", "two\nlines"));
    }

    @Test
    void doubleQuotesUnescapeOnlyQuoteBackslashBacktickAndDollar() {
        assertThat(EnvFile.parse("A=\"say \\\"hi\\\" \\\\ \\` \\$x \\n \\a\"\nB=\"  padded  \"\n"))
            .containsExactly(Map.entry("A", "say \"hi\" \\ ` $x \\n \\a"), Map.entry("B", "  padded  "));
    }

    @Test
    void aQuoteAfterTheValueStartsIsAnOrdinaryCharacter() {
        assertThat(EnvFile.parse("A=x \"y\" 'z'\n")).containsExactly(Map.entry("A", "x \"y\" 'z'"));
    }

    @Test
    void backslashKeepsTheNextCharacterAndJoinsLines() {
        assertThat(EnvFile.parse("A=one\\\ntwo\nB=a\\ \\\\\nC=\"x\\\ny\"\n"))
            .containsExactly(Map.entry("A", "onetwo"), Map.entry("B", "a \\"), Map.entry("C", "xy"));
    }

    @Test
    void linesWithoutAnEqualsSignOrWithABadNameAreIgnoredAndTheLastAssignmentWins() {
        assertThat(EnvFile.parse("export A=1\nJUST_A_WORD\n1X=2\nA=first\nA=second"))
            .containsExactly(Map.entry("A", "second"));
    }

    @Test
    void crlfLineEndsWork() {
        assertThat(EnvFile.parse("A=1\r\nB=\"2\"\r\n")).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
    }

    @Test
    void theNamedFileOverridesTheEnvironmentAndAMissingOneIsIgnored() throws Exception {
        Path env = tmp.resolve("cronkeeper.env");
        Files.writeString(env, "CRONKEEPER_SMTP_FROM=Cron Keeper <ck@example.com>\nCRONKEEPER_PORT=9100\nCRONKEEPER_SMTP_HOST=mail.example.com\n");
        Map<String, String> process = Map.of(SettingsLoader.ENV_FILE, env.toString(), "CRONKEEPER_PORT", "9000",
            "CRONKEEPER_DATA_DIR", tmp.resolve("d").toString());
        Settings s = new SettingsLoader(process, tmp.resolve("none.yaml")).load(Map.of(), Optional.empty());
        assertThat(s.describe()).containsEntry("port", "9100").containsEntry("smtp-from", "Cron Keeper <ck@example.com>");

        Map<String, String> missing = Map.of(SettingsLoader.ENV_FILE, tmp.resolve("absent.env").toString(),
            "CRONKEEPER_DATA_DIR", tmp.resolve("d").toString());
        assertThat(new SettingsLoader(missing, tmp.resolve("none.yaml")).load(Map.of(), Optional.empty()).describe())
            .containsEntry("port", "8000");
    }

    @Test
    void anUnreadableFileIsABadSettingNamingIt() throws Exception {
        Path env = tmp.resolve("cronkeeper.env");
        Files.writeString(env, "CRONKEEPER_PORT=9100\n");
        Files.setPosixFilePermissions(env, PosixFilePermissions.fromString("---------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(env), "running as root: every file is readable");
        assertThatThrownBy(() -> new SettingsLoader(Map.of(SettingsLoader.ENV_FILE, env.toString()), tmp.resolve("none.yaml"))
            .load(Map.of(), Optional.empty())).isInstanceOf(SettingsException.class).hasMessageContaining(env.toString());
    }
}
