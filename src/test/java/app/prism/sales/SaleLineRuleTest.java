package app.prism.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SaleLineRuleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-02-28|2026-02-28|", "2024-02-29|2024-02-29|", "2026-02-30||is not a valid date",
            "2025-02-29||is not a valid date", "2026-13-01||is not a valid date", "26-01-01||is not a valid date",
            "' 2026-01-05 '|2026-01-05|", "|| is required"})
    void datesMustExist(String text, String expected, String problem) {
        List<String> problems = new ArrayList<>();
        var date = SaleLineRule.date(text, problems::add);
        assertThat(date == null ? null : date.toString()).isEqualTo(expected);
        if (problem == null) assertThat(problems).isEmpty();
        else assertThat(problems).singleElement().asString().contains(problem.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10|10.00|", "-40.25|-40.25|", "+3.5|3.50|", "0.1|0.10|", "10.001||at most 2 decimals", "ten||is not a number",
            "1e3||is not a number", "1,5||is not a number", "12345678901234567.89|12345678901234567.89|",
            "123456789012345678||too large"})
    void amountsAreExactWithAtMostTwoDecimals(String text, String expected, String problem) {
        List<String> problems = new ArrayList<>();
        var amount = SaleLineRule.money(text, true, problems::add);
        assertThat(amount == null ? null : amount.toPlainString()).isEqualTo(expected);
        if (problem == null) assertThat(problems).isEmpty();
        else assertThat(problems).singleElement().asString().contains(problem);
    }

    @Test
    void anOptionalAmountMayBeBlank() {
        List<String> problems = new ArrayList<>();
        assertThat(SaleLineRule.money("  ", false, problems::add)).isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void csvRowsAreNumberedFromTheFirstDataRowAndColumnsMayComeInAnyOrder() {
        String csv = "\uFEFFAmount,date,PRODUCTCODE,accountId,unitExternalId\n1.00,2026-01-01,P1,7,U1\n\n2,2026-01-02,P2,7,U2\n";
        try (SalesCsv rows = SalesCsv.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false)) {
            SaleRow first = rows.next();
            SaleRow second = rows.next();
            assertThat(rows.hasNext()).isFalse();
            assertThat(first.number()).isEqualTo(1);
            assertThat(first.amount()).isEqualTo("1.00");
            assertThat(first.productCode()).isEqualTo("P1");
            assertThat(first.unitExternalId()).isEqualTo("U1");
            assertThat(second.number()).isEqualTo(2);
            assertThat(second.accountId()).isEqualTo("7");
        }
    }
}
