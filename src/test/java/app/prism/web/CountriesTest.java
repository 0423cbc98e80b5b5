package app.prism.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A form's country field takes a code or an English name. */
class CountriesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"DE, DE", "de, de", "Germany, DE", "germany, DE", "' United States ', US",
            "Atlantis, Atlantis", "'', null", "null, null"})
    void aNameBecomesItsCodeAndAnythingElseIsLeftForTheRule(String typed, String expected) {
        assertThat(Countries.fromInput(typed)).isEqualTo(expected);
    }
}
