package app.prism.penetration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PRODUCT.md section 4, "Share of wallet". */
class ShareOfWalletTest {

    private static BigDecimal money(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s);
    }

    @ParameterizedTest(name = "revenue {0} / potential {1} = {2}, flag {3}")
    @CsvSource(nullValues = "null", value = {
            "250.00,   1000.00, 0.2500, null",
            "0.00,     1000.00, 0.0000, null",
            "1000.00,  1000.00, 1.0000, null",
            "1500.00,  1000.00, 1.5000, POTENTIAL_BELOW_REVENUE", // a share may exceed 1; the potential is flagged
            "100.00,   0.00,    null,   POTENTIAL_BELOW_REVENUE", // zero potential: no share, but below the revenue
            "0.00,     0.00,    null,   null",
            "100.00,   null,    null,   null",                    // no potential: no share, no flag
            "-20.00,   500.00,  -0.0400, null",                   // a credit note alone
            "1.00,     3.00,    0.3333, null"})
    void aCellsShareIsItsRevenueOverItsPotentialWhenThatIsAboveZero(String revenue, String potential, String share,
            String flag) {
        assertThat(ShareOfWallet.of(money(revenue), money(potential))).isEqualTo(money(share));
        assertThat(ShareOfWallet.flag(money(revenue), money(potential))).isEqualTo(flag);
    }

    /** Cells as "potential cents:revenue cents" (potential -1: none set). */
    @ParameterizedTest(name = "[{0}] → potential {1}, share {2}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "-1:5000;                 null;    null",     // no potential anywhere: null, not zero
            "-1:5000, -1:0;           null;    null",
            "100000:25000, -1:90000;  1000.00; 0.2500",   // the cell without a potential adds no revenue either
            "100000:25000, 300000:0;  4000.00; 0.0625",
            "0:5000;                  0.00;    null",     // potentials summing to zero: no share
            "0:5000, 100000:20000;    1000.00; 0.2500",   // a zero potential is a potential: its revenue counts
            "100000:150000;           1000.00; 1.5000"})
    void aSumIsTheRevenueOfTheCellsWithAPotentialOverTheirPotential(String cells, String potential, String share) {
        ShareOfWallet.Sum sum = new ShareOfWallet.Sum();
        for (String c : cells.split(",")) {
            String[] parts = c.strip().split(":");
            sum.add(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        }
        assertThat(sum.potential()).isEqualTo(money(potential));
        assertThat(sum.share()).isEqualTo(money(share));
    }

    @Test
    void sumsAddUpAndAnEmptySumAddsNothing() {
        ShareOfWallet.Sum a = new ShareOfWallet.Sum();
        a.add(100_00, 10_00);
        ShareOfWallet.Sum none = new ShareOfWallet.Sum();
        ShareOfWallet.Sum total = new ShareOfWallet.Sum();
        total.add(none);
        assertThat(total.potential()).isNull();
        total.add(a);
        total.add(a);
        assertThat(total.potential()).isEqualByComparingTo("200.00");
        assertThat(total.revenueWithPotential()).isEqualByComparingTo("20.00");
        assertThat(total.share()).isEqualByComparingTo("0.1");
    }

    @Test
    void competitorsAreDistinctIgnoringCaseAndBlanks() {
        assertThat(ShareOfWallet.competitors(Arrays.asList("Rival AG", "Acme", "rival ag", " ", null, "Acme ")))
                .isEqualTo(List.of("Acme", "Rival AG"));
    }

    @ParameterizedTest(name = "potential {0}, product value {1} → {2}")
    @CsvSource(nullValues = "null", value = {
            "5000.00, 1000.00, 5000.00",   // the potential wins
            "0.00,    1000.00, 0.00",      // a potential of zero is what the cell is worth
            "null,    1000.00, 1000.00",   // else today's rule
            "null,    null,    0.00"})
    void aWhitespaceCellIsWorthItsPotentialWhenSet(String potential, String productValue, String value) {
        assertThat(WhitespaceValue.ofCell(money(potential), money(productValue))).isEqualTo(money(value));
    }
}
