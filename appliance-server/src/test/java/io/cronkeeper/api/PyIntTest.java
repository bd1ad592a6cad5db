package io.cronkeeper.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Python's int(str), checked against values computed with CPython. */
class PyIntTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0", "-0|0", "+7|7", "' 42\t'|42", "1_000_000|1000000", "007|7", "\u0661\u0662|12",
        "99999999999999999999|99999999999999999999", "-5|-5"})
    void acceptsWhatPythonAccepts(String text, String value) {
        assertThat(PyInt.parse(text)).hasValue(new BigInteger(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1.0", "1e3", "0x1f", "_1", "1_", "1__0", "+", "--1", "1 2", "½", "٫"})
    void rejectsWhatPythonRejects(String text) {
        assertThat(PyInt.parse(text)).isEmpty();
    }
}
