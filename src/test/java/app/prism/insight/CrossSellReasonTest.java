package app.prism.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CrossSellReasonTest {

    private static Features features(Features.CoOccurrence co, Features.Conversion together, long togetherWith) {
        return new Features(new CellsAt.Candidate(1, 100, 20, new BigDecimal("3000.00")),
                new Features.Peers(Features.Level.KIND_AND_COUNTRY, 4, 12), 4, 12, 3, 10, co, 0, 1, false, false,
                new Features.Conversion(5, 50), new Features.Conversion(19, 50), together, togetherWith);
    }

    @Test
    void saysWhoBuysItAndHowSuchSuggestionsFaredInNumbers() {
        String reason = CrossSellReason.of(features(new Features.CoOccurrence(10, 7, 9), new Features.Conversion(19, 50),
                10), id -> id == 10 ? "Core" : "Add-on", "Plant Bremen", "sites", "DE", 0.41);

        assertThat(reason).isEqualTo("Add-on for Plant Bremen: bought by 7 of 9 units that buy Core; of such suggestions a"
                + " year ago, 38 % (19 of 50) were bought within twelve months here; 41 % likely within a year.");
    }

    @Test
    void aUnitThatBuysNothingIsComparedWithItsPeerGroup() {
        String reason = CrossSellReason.of(features(new Features.CoOccurrence(0, 0, 0), new Features.Conversion(5, 50), 0),
                id -> "Add-on", "Plant Bremen", "sites", "DE", 0.05);

        assertThat(reason).startsWith("Add-on for Plant Bremen: bought by 4 of 12 comparable sites in DE; of such"
                + " suggestions a year ago, 38 % (19 of 50)");
    }
}
