package app.prism.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0, EUR 0.00",
            "0.004, EUR 0.00",
            "-0.004, EUR 0.00",
            "0.005, EUR 0.01",
            "7, EUR 7.00",
            "999.999, 'EUR 1,000.00'",
            "1000, 'EUR 1,000.00'",
            "123456.5, 'EUR 123,456.50'",
            "1234567.891, 'EUR 1,234,567.89'",
            "-1234.5, 'EUR -1,234.50'",
            "-999, EUR -999.00",
            "-100000, 'EUR -100,000.00'",
            "99999999999999.99, 'EUR 99,999,999,999,999.99'"})
    void amountsAreWrittenWithTwoDecimalsAndGroupedThousands(String amount, String written) {
        assertThat(Money.format(new BigDecimal(amount), "EUR")).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0.49, EUR 0", "0.5, EUR 1", "1499.5, 'EUR 1,500'", "-2500.4, 'EUR -2,500'", "12345678, 'EUR 12,345,678'"})
    void estimatesAreWholeUnits(String amount, String written) {
        assertThat(Money.estimate(new BigDecimal(amount), "EUR")).isEqualTo(written);
    }

    @Test
    void theGroupingIsWhatDecimalFormatWrites() {
        DecimalFormat cents = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        DecimalFormat whole = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong() % 10_000_000_000_000L, random.nextInt(5));
            BigDecimal c = amount.setScale(2, RoundingMode.HALF_UP), w = amount.setScale(0, RoundingMode.HALF_UP);
            assertThat(Money.grouped(c)).as("%s", amount).isEqualTo(cents.format(c));
            assertThat(Money.grouped(w)).as("%s", amount).isEqualTo(whole.format(w));
        }
    }
}
