package app.prism.penetration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultOpeningTest {

    /**
     * A tree given as "unit:parent" pairs (parent 0 for a root); the expected units to open, sorted.
     */
    @ParameterizedTest(name = "{0} → open {1}")
    @CsvSource(delimiter = '|', value = {
            // one root with three divisions of three sites each: depth 2 shows 4 columns, depth 3 all 13
            "1:0 2:1 3:1 4:1 5:2 6:2 7:2 8:3 9:3 10:3 11:4 12:4 13:4 | 1 2 3 4",
            // one root with ten divisions: depth 2 shows 11 columns, so only the root opens
            "1:0 2:1 3:1 4:1 5:1 6:1 7:1 8:1 9:1 10:1 11:1 | 1",
            // eight roots: they already make eight columns, nothing opens
            "1:0 2:0 3:0 4:0 5:0 6:0 7:0 8:0 9:2 | ''",
            // a small tree (five units): the whole tree opens
            "1:0 2:1 3:2 4:3 5:1 | 1 2 3",
            // exactly eight at depth 2 (the edge): the root opens, depth 3 stays closed
            "1:0 2:1 3:1 4:1 5:1 6:1 7:1 8:1 9:2 | 1",
            // seven columns down to depth 2 and more below: depth 3 is needed
            "1:0 2:1 3:1 4:1 5:1 6:1 7:1 8:2 9:8 | 1 2",
            // no units at all
            "'' | ''",
    })
    void opensTheShallowestDepthWithEightColumns(String tree, String expected) {
        Map<Long, Long> parent = new HashMap<>();
        for (String pair : tree.split(" ")) {
            if (pair.isBlank()) continue;
            String[] p = pair.split(":");
            parent.put(Long.valueOf(p[0]), Long.valueOf(p[1]));
        }
        Map<Long, Integer> depth = new HashMap<>();
        Set<Long> withChildren = new HashSet<>();
        parent.forEach((unit, up) -> {
            int d = 1;
            for (long u = up; u != 0; u = parent.get(u)) d++;
            depth.put(unit, d);
            if (up != 0) withChildren.add(up);
        });
        Set<Long> want = new HashSet<>();
        for (String id : expected.split(" ")) if (!id.isBlank()) want.add(Long.valueOf(id));
        assertThat(DefaultOpening.of(depth, withChildren)).isEqualTo(want);
    }
}
