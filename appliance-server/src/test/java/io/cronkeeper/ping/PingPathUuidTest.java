package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written UUID test of ping paths accepts exactly what Healthchecks' URL pattern does. */
class PingPathUuidTest {
    @ParameterizedTest
    @ValueSource(strings = {"5bf66975-d4c7-4bf5-bcc8-b8d8a82ea278", "00000000-0000-0000-0000-000000000000",
        "ffffffff-ffff-ffff-ffff-ffffffffffff"})
    void acceptsLowerCaseHexIn8_4_4_4_12Groups(String s) {
        assertThat(PingPath.isUuid(s)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5BF66975-D4C7-4BF5-BCC8-B8D8A82EA278", "5bf66975-d4c7-4bf5-bcc8-b8d8a82ea27",
        "5bf66975-d4c7-4bf5-bcc8-b8d8a82ea2789", "5bf66975d-4c7-4bf5-bcc8-b8d8a82ea278",
        "5bf66975-d4c7-4bf5-bcc8-b8d8a82ea27g", "5bf66975-d4c7-4bf5-bcc8_b8d8a82ea278", "",
        "5bf66975-d4c7-4bf5-bcc8-b8d8a82ea27/"})
    void rejectsEverythingElse(String s) {
        assertThat(PingPath.isUuid(s)).isFalse();
    }
}
