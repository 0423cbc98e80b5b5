package app.prism.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitKindTest {

    @ParameterizedTest
    @CsvSource({"GROUP,groups", "COMPANY,companies", "SUBSIDIARY,subsidiaries", "DIVISION,divisions",
            "DEPARTMENT,departments", "SITE,sites", "OTHER,other units"})
    void pluralsReadAsEnglish(UnitKind kind, String plural) {
        assertThat(kind.plural()).isEqualTo(plural);
    }
}
