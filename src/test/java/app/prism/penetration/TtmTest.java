package app.prism.penetration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TtmTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @ParameterizedTest(name = "{0} days before asOf is in the TTM: {1}")
    @CsvSource({"0,true", "1,true", "364,true", "365,false", "366,false", "-1,false"})
    void salesOnDay364AreInTheWindowButDay365IsNot(int daysBefore, boolean inside) {
        assertThat(Ttm.of(AS_OF).contains(AS_OF.minusDays(daysBefore))).isEqualTo(inside);
    }

    @Test
    void thePreviousTtmEndsTheDayBeforeThisOneStarts() {
        Ttm ttm = Ttm.of(AS_OF);
        Ttm previous = ttm.previous();
        assertThat(previous.end()).isEqualTo(ttm.start().minusDays(1));
        assertThat(previous.start()).isEqualTo(AS_OF.minusDays(729));
    }

    @Test
    void aLeapYearWindowStillSpans365Days() {
        Ttm ttm = Ttm.of(LocalDate.of(2028, 3, 1));
        assertThat(ttm.start()).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(java.time.temporal.ChronoUnit.DAYS.between(ttm.start(), ttm.end()) + 1).isEqualTo(365);
    }
}
