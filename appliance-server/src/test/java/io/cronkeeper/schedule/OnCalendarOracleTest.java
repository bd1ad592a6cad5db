package io.cronkeeper.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Our engine against systemd 252's answers, recorded in oncalendar/oracle.tsv by make-oracle.sh. */
class OnCalendarOracleTest {

    static List<OracleCase> oracle() {
        return OracleCase.oracle();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracle")
    void agreesWithSystemd(OracleCase row) {
        assertThat(row.ours()).as(row.toString()).isEqualTo(row.expectedAsOurs());
    }

    @Test
    void oracleCoversEveryInputRow() {
        Set<String> answered = OracleCase.oracle().stream().map(OracleCase::toString).collect(Collectors.toSet());
        Set<String> asked = OracleCase.inputs().stream().map(OracleCase::toString).collect(Collectors.toSet());
        assertThat(answered).as("oracle.tsv is stale: run make-oracle.sh").isEqualTo(asked);
    }

    @Test
    void oracleHasValidInvalidAndEndingSchedules() {
        List<OracleCase> rows = OracleCase.oracle();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(80);
        assertThat(rows).anyMatch(r -> r.expected().equals(List.of("invalid")));
        assertThat(rows).anyMatch(r -> r.expected().contains("never") && r.expected().size() > 1);
        assertThat(rows).anyMatch(r -> r.expected().size() == OracleCase.ITERATIONS);
    }
}
