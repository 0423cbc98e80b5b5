package app.prism.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MovementTextTest {

    private static final OffsetDateTime MARCH = OffsetDateTime.of(2026, 3, 1, 2, 0, 0, 0, ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} -> {1}: {3}")
    @CsvSource(nullValues = "none", value = {
            "DEVELOP,   STRATEGIC, true,  moved from DEVELOP to STRATEGIC since 1 Mar 2026",
            "STRATEGIC, STRATEGIC, true,  unchanged since 1 Mar 2026",
            "none,      MAINTAIN,  true,  moved from unscored to MAINTAIN since 1 Mar 2026",
            "DEVELOP,   none,      true,  moved from DEVELOP to unscored since 1 Mar 2026",
            "none,      DEVELOP,   false, ''"})
    void saysWhereTheAccountStoodAtTheLastSnapshot(Segment before, Segment now, boolean snapshot, String text) {
        Portfolio.Entry e = new Portfolio.Entry(1, "A", null, null, BigDecimal.ONE, BigDecimal.ONE, now, BigDecimal.ZERO,
                1, 1, before, snapshot ? MARCH : null);
        assertThat(ScoringPages.movement(e)).isEqualTo(text);
        assertThat(e.moved()).isEqualTo(snapshot && before != now);
    }
}
