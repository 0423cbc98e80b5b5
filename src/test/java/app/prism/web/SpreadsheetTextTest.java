package app.prism.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetTextTest {

    @ParameterizedTest(name = "[{0}] is written as [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "+49 711 1234|'+49 711 1234",
            "-1+2|'-1+2",
            "@SUM(A1)|'@SUM(A1)",
            "Werk Lyon|Werk Lyon",
            "a=b|a=b",
            "``|``"})
    void formulaTriggersGetAnApostrophe(String in, String out) {
        assertThat(SpreadsheetText.neutralise(in)).isEqualTo(out);
    }

    @org.junit.jupiter.api.Test
    void tabsAndCarriageReturnsAtTheStartAreNeutralisedToo() {
        assertThat(SpreadsheetText.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.neutralise("\r=1")).isEqualTo("'\r=1");
    }

    @org.junit.jupiter.api.Test
    void csvFieldsAreQuotedOnlyWhenNeeded() {
        assertThat(SpreadsheetText.csv("Rheinwerk, Inc.")).isEqualTo("\"Rheinwerk, Inc.\"");
        assertThat(SpreadsheetText.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(SpreadsheetText.csv("=1,2")).isEqualTo("\"'=1,2\"");
        assertThat(SpreadsheetText.csv("plain")).isEqualTo("plain");
    }
}
