package app.prism.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The JSON reading every endpoint shares ({@link StrictJson}), without Spring. */
class StrictJsonTest {

    enum Source { MANUAL, GAP }

    record Input(String name, Integer score, Long id, BigDecimal value, LocalDate date, Source source) {}

    private static final JsonMapper JSON = StrictJson.configure(JsonMapper.builder()).build();

    private static Input read(String json) {
        return JSON.readValue(json, Input.class);
    }

    private static Input readTree(String json) {
        return JSON.treeToValue(JSON.readTree(json), Input.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"colour\":1}", "{\"name\":\"a\",\"name\":\"b\"}", "{\"name\":\"a\\u0000b\"}",
            "{\"score\":5.5}", "{\"score\":5.0}", "{\"id\":1e30}", "{\"score\":99999999999999999999999}",
            "{\"value\":99999999999999999999999}", "{\"value\":1e30}", "{\"value\":1e400}",
            "{\"value\":1e999999999}", "{\"date\":\"+999999999-11-01\"}", "{\"date\":\"-0001-01-01\"}",
            "{\"date\":\"1899-12-31\"}", "{\"date\":\"2200-01-01\"}", "{\"source\":\"MAGIC\"}", "{} {}"})
    void badInputIsRefusedWhetherReadDirectlyOrAsAPatchTree(String json) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> readTree(json)).isInstanceOf(JacksonException.class);
    }

    @Test
    void goodInputIsReadExactly() {
        Input in = readTree("{\"name\":\"Ä\",\"score\":5,\"id\":7,\"value\":99999999999999999.99,"
                + "\"date\":\"2199-12-31\",\"source\":\"GAP\"}");
        assertThat(in).isEqualTo(new Input("Ä", 5, 7L, new BigDecimal("99999999999999999.99"),
                LocalDate.of(2199, 12, 31), Source.GAP));
        assertThat(read("{\"date\":\"1900-01-01\",\"value\":0.1}").value()).isEqualTo(new BigDecimal("0.1"));
        assertThat(readTree("{\"value\":0.1}").value()).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void theRefusalSaysWhatIsWrong() {
        assertThatThrownBy(() -> read("{\"date\":\"2200-01-01\"}")).isInstanceOf(JacksonException.class)
                .extracting(e -> ((JacksonException) e).getOriginalMessage()).isEqualTo(DateRange.MESSAGE);
        assertThatThrownBy(() -> read("{\"value\":1e30}")).extracting(e -> ((JacksonException) e).getOriginalMessage())
                .isEqualTo(StrictJson.TOO_LARGE);
    }
}
