package app.prism.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.web.Invalid;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpportunityRuleTest {

    private static List<String> fields(Stage stage, String value, String competitor, LossReason reason) {
        return OpportunityRule.check(stage, value == null ? null : new BigDecimal(value), competitor, reason).stream()
                .map(Invalid.FieldProblem::field).toList();
    }

    @Test
    void competitorAndLossReasonOnlyWhenLost() {
        assertThat(fields(Stage.OPEN, null, "Acme", LossReason.PRICE)).containsExactly("competitor", "lossReason");
        assertThat(fields(Stage.WON, null, "Acme", null)).containsExactly("competitor");
        assertThat(fields(Stage.LOST, null, "Acme", LossReason.PRICE)).isEmpty();
    }

    @Test
    void aLostOpportunityMayHaveNoReason() {
        assertThat(fields(Stage.LOST, null, null, null)).isEmpty();
    }

    @Test
    void valueIsMoneyOfAtLeastZero() {
        assertThat(fields(Stage.OPEN, "-0.01", null, null)).containsExactly("value");
        assertThat(fields(Stage.OPEN, "1.001", null, null)).containsExactly("value");
        assertThat(fields(Stage.OPEN, "0", null, null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"OPEN,OPEN,true", "OPEN,WON,true", "OPEN,LOST,true", "WON,OPEN,true", "LOST,OPEN,true",
            "WON,LOST,false", "LOST,WON,false", "WON,WON,true", "LOST,LOST,true"})
    void stageTransitions(Stage from, Stage to, boolean allowed) {
        assertThat(OpportunityRule.canMove(from, to)).isEqualTo(allowed);
    }

    @Test
    void reopeningAndClosingAreNamed() {
        assertThat(OpportunityRule.isReopening(Stage.LOST, Stage.OPEN)).isTrue();
        assertThat(OpportunityRule.isReopening(Stage.OPEN, Stage.OPEN)).isFalse();
        assertThat(OpportunityRule.isClosing(Stage.OPEN, Stage.WON)).isTrue();
        assertThat(OpportunityRule.isClosing(Stage.WON, Stage.WON)).isFalse();
    }
}
