package app.prism.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.pipeline.ForecastRule.By;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForecastRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 15);

    @ParameterizedTest(name = "{0} by {1} is {2}")
    @CsvSource({
            "2027-01-01, MONTH, 2027-01, 2027-01-01, 2027-01-31",
            "2027-01-31, MONTH, 2027-01, 2027-01-01, 2027-01-31",
            "2028-02-29, MONTH, 2028-02, 2028-02-01, 2028-02-29",
            "2027-03-31, QUARTER, 2027-Q1, 2027-01-01, 2027-03-31",
            "2027-04-01, QUARTER, 2027-Q2, 2027-04-01, 2027-06-30",
            "2027-12-31, QUARTER, 2027-Q4, 2027-10-01, 2027-12-31",
            "2027-07-14, YEAR, 2027, 2027-01-01, 2027-12-31"})
    void aDayFallsInOnePeriodWithItsBoundaries(LocalDate day, By by, String text, LocalDate start, LocalDate end) {
        ForecastRule.Period p = ForecastRule.periodOf(day, by);
        assertThat(p.text()).isEqualTo(text);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(ForecastRule.parsePeriod(text)).contains(p);
    }

    @ParameterizedTest(name = "{0} is no period")
    @CsvSource({"2027-13", "2027-Q5", "27", "2027-H1", "Q1-2027"})
    void badPeriodsAreRefused(String text) {
        assertThat(ForecastRule.parsePeriod(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} … {1} by {2}: {3} periods from {4} to {5}")
    @CsvSource({
            "2027-01-15, 2027-03-02, MONTH, 3, 2027-01, 2027-03",
            "2027-01-01, 2027-12-31, QUARTER, 4, 2027-Q1, 2027-Q4",
            "2027-03-31, 2027-04-01, QUARTER, 2, 2027-Q1, 2027-Q2",
            "2026-12-31, 2027-01-01, YEAR, 2, 2026, 2027",
            "2027-05-05, 2027-05-05, MONTH, 1, 2027-05, 2027-05"})
    void theWindowIsCutIntoEveryPeriodItMeets(LocalDate from, LocalDate to, By by, int count, String first,
            String last) {
        var periods = ForecastRule.periods(from, to, by);
        assertThat(periods).hasSize(count);
        assertThat(periods.get(0).text()).isEqualTo(first);
        assertThat(periods.get(count - 1).text()).isEqualTo(last);
    }

    @ParameterizedTest(name = "open={0} won={1} closing {2}: in 2027-02 {3}, overdue {4}")
    @CsvSource(nullValues = "null", value = {
            "true,  false, 2027-02-15, true,  false",   // today is not overdue
            "true,  false, 2027-02-14, false, true",    // yesterday: overdue, in no period
            "true,  false, 2027-02-28, true,  false",
            "true,  false, 2027-03-01, false, false",   // next period
            "false, true,  2027-02-01, true,  false",   // WON counts by its close date, even before today
            "false, false, 2027-02-20, false, false",   // LOST never counts
            "true,  false, null,       false, false"})  // no expected date: nowhere
    void openCountsByExpectedDateUnlessOverdueWonByCloseDate(boolean open, boolean won, LocalDate close,
            boolean inFebruary, boolean overdue) {
        ForecastRule.Period february = ForecastRule.periodOf(LocalDate.of(2027, 2, 1), By.MONTH);
        assertThat(ForecastRule.countsIn(february, open, won, close, TODAY)).isEqualTo(inFebruary);
        assertThat(ForecastRule.isOverdue(open, close, TODAY)).isEqualTo(overdue);
    }

    @ParameterizedTest(name = "target {0}, booked {1}, weighted {2}: gap {3}")
    @CsvSource(nullValues = "null", value = {
            "100000.00, 40000.00, 25000.00, 35000.00",
            "100000.00, 90000.00, 25000.00, -15000.00",   // ahead of target: a negative gap
            "50000.00, 0.00, 0.00, 50000.00",
            "null, 40000.00, 25000.00, null"})             // without a target there is no gap
    void gapIsTargetLessBookedAndWeightedOpen(BigDecimal target, BigDecimal booked, BigDecimal weighted,
            BigDecimal gap) {
        BigDecimal got = ForecastRule.gap(target, booked, weighted);
        if (gap == null) assertThat(got).isNull();
        else assertThat(got).isEqualByComparingTo(gap);
    }

    @Test
    void forecastIsWeightedOpenPlusWon() {
        assertThat(ForecastRule.forecast(new BigDecimal("300.00"), new BigDecimal("1000.00")))
                .isEqualByComparingTo("1300.00");
    }

    @ParameterizedTest(name = "{0} by {1}: target {2}")
    @CsvSource(nullValues = "null", value = {
            "2027, YEAR, 120000.00", "2027-Q3, QUARTER, 30000.00", "2027-05, MONTH, 10000.00",
            "2028-01, MONTH, null"})
    void aPeriodsTargetIsItsShareOfTheYears(String period, By by, BigDecimal expected) {
        Map<Integer, BigDecimal> yearly = Map.of(2027, new BigDecimal("120000.00"));
        BigDecimal got = ForecastRule.targetOf(ForecastRule.parsePeriod(period).orElseThrow(), by, yearly);
        if (expected == null) assertThat(got).isNull();
        else assertThat(got).isEqualByComparingTo(expected);
    }

    @Test
    void aTwelfthIsRoundedHalfUpToCents() {
        assertThat(ForecastRule.targetOf(ForecastRule.parsePeriod("2027-01").orElseThrow(), By.MONTH,
                Map.of(2027, new BigDecimal("100.00")))).isEqualByComparingTo("8.33");
        assertThat(ForecastRule.targetOf(ForecastRule.parsePeriod("2027-01").orElseThrow(), By.MONTH,
                Map.of(2027, new BigDecimal("0.30")))).isEqualByComparingTo("0.03");  // 0.025 → 0.03
    }
}
