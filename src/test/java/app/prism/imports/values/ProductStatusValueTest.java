package app.prism.imports.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductStatusValueTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            Active             | true
            active             | true
            " ACTIVE "         | true
            Retired            | false
            Draft              | false
            Inactive           | false
            "Under Revision"   | false
            "under revision"   | false
            true               | true
            false              | false
            1                  | true
            0                  | false
            yes                | true
            no                 | false
            ""                 |
                               |
            "#N/A"             |
            """)
    void dynamicsStatusesAndBooleansReadAsActive(String raw, Boolean expected) {
        assertThat(ProductStatusValue.active(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Discontinued", "Pending", "Activ", "2"})
    void anythingElseIsAnError(String raw) {
        assertThatThrownBy(() -> ProductStatusValue.active(raw))
                .isInstanceOf(ValueException.class)
                .hasMessage("'" + raw + "' is not a product status (Active, Retired, Draft, Inactive, Under Revision, or yes/no)");
    }
}
