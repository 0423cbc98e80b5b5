package app.prism.penetration;

import static app.prism.penetration.CellStatus.BUYING;
import static app.prism.penetration.CellStatus.LOST;
import static app.prism.penetration.CellStatus.NOT_APPLICABLE;
import static app.prism.penetration.CellStatus.OPPORTUNITY;
import static app.prism.penetration.CellStatus.WHITESPACE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CellStatusRuleTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                // fitMark, ttmRevenue, open, lostInTtm -> status
                Arguments.of(false, "0", false, false, WHITESPACE),
                Arguments.of(false, "0.01", false, false, BUYING),
                Arguments.of(false, "1000.00", true, true, BUYING),          // buying beats an open and a lost opportunity
                Arguments.of(true, "1000.00", true, true, NOT_APPLICABLE),   // a fit mark beats sales
                Arguments.of(true, "0", false, false, NOT_APPLICABLE),
                Arguments.of(false, "-50.00", false, false, WHITESPACE),     // credit notes that sum below zero are not buying
                Arguments.of(false, "-50.00", true, false, OPPORTUNITY),
                Arguments.of(false, "0.00", true, true, OPPORTUNITY),        // open beats lost
                Arguments.of(false, "0", false, true, LOST),
                Arguments.of(false, "-0.01", false, true, LOST));
    }

    @ParameterizedTest(name = "fit mark {0}, TTM revenue {1}, open {2}, lost {3} -> {4}")
    @MethodSource("cells")
    void theFirstRuleThatHoldsWins(boolean fitMark, String revenue, boolean open, boolean lost, CellStatus expected) {
        var facts = new CellStatusRule.Facts(fitMark, new BigDecimal(revenue), open, lost);
        assertThat(CellStatusRule.statusOf(facts)).isEqualTo(expected);
    }

    static Stream<Arguments> subtrees() {
        return Stream.of(
                Arguments.of(List.of(NOT_APPLICABLE), NOT_APPLICABLE),
                Arguments.of(List.of(NOT_APPLICABLE, NOT_APPLICABLE), NOT_APPLICABLE),
                Arguments.of(List.of(NOT_APPLICABLE, WHITESPACE), WHITESPACE),
                Arguments.of(List.of(NOT_APPLICABLE, LOST, WHITESPACE), LOST),
                Arguments.of(List.of(WHITESPACE, LOST, OPPORTUNITY), OPPORTUNITY),
                Arguments.of(List.of(OPPORTUNITY, NOT_APPLICABLE, BUYING, LOST), BUYING),
                Arguments.of(List.of(WHITESPACE, WHITESPACE), WHITESPACE),
                Arguments.of(List.of(), WHITESPACE));
    }

    @ParameterizedTest(name = "{0} roll up to {1}")
    @MethodSource("subtrees")
    void aSubtreeIsNotApplicableOnlyWhenEveryUnitIsAndOtherwiseTakesTheStrongestOtherStatus(
            List<CellStatus> cells, CellStatus expected) {
        assertThat(CellStatusRule.rollUp(cells)).isEqualTo(expected);
    }

    @Test
    void everyStatusHasItsOwnLetterAndLabel() {
        assertThat(Arrays.stream(CellStatus.values()).map(CellStatus::letter).distinct()).hasSize(5);
        assertThat(NOT_APPLICABLE.label()).isEqualTo("Not applicable");
    }
}
