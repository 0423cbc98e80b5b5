package app.prism.plans;

import static app.prism.plans.PlanStatus.ACTIVE;
import static app.prism.plans.PlanStatus.ARCHIVED;
import static app.prism.plans.PlanStatus.DRAFT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanStatusRuleTest {

    static Stream<Arguments> moves() {
        return Stream.of(
                Arguments.of(DRAFT, DRAFT, true), Arguments.of(DRAFT, ACTIVE, true), Arguments.of(DRAFT, ARCHIVED, false),
                Arguments.of(ACTIVE, ACTIVE, true), Arguments.of(ACTIVE, ARCHIVED, true), Arguments.of(ACTIVE, DRAFT, true),
                Arguments.of(ARCHIVED, ARCHIVED, true), Arguments.of(ARCHIVED, ACTIVE, false),
                Arguments.of(ARCHIVED, DRAFT, false));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("moves")
    void aPlanMovesDraftToActiveToArchivedAndMayGoBackFromActiveToDraft(PlanStatus from, PlanStatus to, boolean ok) {
        assertThat(PlanStatusRule.mayMove(from, to)).isEqualTo(ok);
    }

    @Test
    void periodsAreAYearAHalfOrAQuarter() {
        assertThat(PlanPeriod.parse("2027")).hasValueSatisfying(p -> {
            assertThat(p.startsOn()).hasToString("2027-01-01");
            assertThat(p.endsOn()).hasToString("2027-12-31");
        });
        assertThat(PlanPeriod.parse("2026-h2")).hasValueSatisfying(p -> {
            assertThat(p.text()).isEqualTo("2026-H2");
            assertThat(p.startsOn()).hasToString("2026-07-01");
            assertThat(p.endsOn()).hasToString("2026-12-31");
        });
        assertThat(PlanPeriod.parse("2027-Q1")).hasValueSatisfying(p -> assertThat(p.endsOn()).hasToString("2027-03-31"));
        assertThat(PlanPeriod.parse("2027-H3")).isEmpty();
        assertThat(PlanPeriod.parse("27")).isEmpty();
        assertThat(PlanPeriod.parse("TTM")).isEmpty();
        assertThat(PlanPeriod.parse(null)).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"2026-01-15, 2026", "2026-09-30, 2026", "2026-10-01, 2027", "2026-12-01, 2027",
            "2026-12-31, 2027"})
    void aNewPlanIsSuggestedForThisYearUntilOctoberThenForTheNext(java.time.LocalDate today, String suggested) {
        assertThat(PlanPeriod.current(today)).isEqualTo(suggested);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(nullValues = "null", value = {"2027-06-30, null", "2027-01-01, null",
            "2027-12-31, null", "2028-01-01, due after the plan's period ends", "2026-12-31, due before the plan's period starts",
            "null, null"})
    void anObjectiveDueOutsideItsPlansPeriodIsFlagged(java.time.LocalDate due, String warning) {
        assertThat(PlanEditorModel.dueWarning(due, java.time.LocalDate.of(2027, 1, 1), java.time.LocalDate.of(2027, 12, 31)))
                .isEqualTo(warning);
    }
}
