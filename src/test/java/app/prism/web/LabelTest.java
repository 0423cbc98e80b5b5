package app.prism.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Codes as a person reads them on a page (the API and files keep the codes). */
class LabelTest {

    enum Plain { DECISION_MAKER, UNAWARE_WE_OFFER_IT, GLOBAL, NPS, CLV }

    enum Labelled {
        WON;

        public String label() {
            return "Won it";
        }
    }

    private final DateDisplay fmt = new DateDisplay();

    @ParameterizedTest
    @CsvSource({
            "DECISION_MAKER, Decision maker",
            "UNAWARE_WE_OFFER_IT, Unaware we offer it",
            "GLOBAL, Global",
            "NPS, NPS",
            "CLV, CLV",
    })
    void anEnumReadsAsWords(Plain code, String expected) {
        assertThat(fmt.label(code)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"GROSS_MARGIN, Gross margin", "IN_PROGRESS, In progress", "REVENUE, Revenue", "ttm_revenue, TTM revenue"})
    void aStringCodeToo(String code, String expected) {
        assertThat(fmt.label(code)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void anEnumsOwnLabelWinsAndNullStaysNull() {
        assertThat(fmt.label(Labelled.WON)).isEqualTo("Won it");
        assertThat(fmt.label(null)).isNull();
    }
}
