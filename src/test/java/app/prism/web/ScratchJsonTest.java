package app.prism.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ScratchJsonTest {
    enum Src { A, B }
    record R(String name, Integer score, Integer strength, Long id, BigDecimal value, LocalDate date, Src source, Long version) {}

    @Test
    void show() {
        JsonMapper m = StrictJson.configure(JsonMapper.builder()).build();
        String[] inputs = {"{\"name\":\"a\",\"foo\":1}", "{\"name\":\"a\",\"name\":\"b\"}", "{\"name\":\"a\\u0000b\"}",
                "{\"score\":5.5}", "{\"strength\":2.7}", "{\"score\":99999999999999999999999}", "{\"id\":1e30}",
                "{\"value\":99999999999999999999999}", "{\"value\":1e30}", "{\"value\":1e400}", "{\"date\":\"+999999999-11-01\"}",
                "{\"date\":\"-0001-01-01\"}", "{\"source\":\"MAGIC\"}", "{\"score\":5.0}", "{\"version\":1.5}", "{} {}"};
        for (String in : inputs) {
            try {
                System.out.println(in + " -> OK " + m.readValue(in, R.class));
            } catch (tools.jackson.core.JacksonException e) {
                System.out.println(in + " -> " + e.getClass().getSimpleName() + " path=" + e.getPath() + " msg=" + e.getOriginalMessage());
            }
            try {
                var tree = m.readTree(in);
                m.treeToValue(tree, R.class);
            } catch (tools.jackson.core.JacksonException e) {
                System.out.println("   tree -> " + e.getClass().getSimpleName() + " path=" + e.getPath() + " msg=" + e.getOriginalMessage());
            }
        }
    }
}
