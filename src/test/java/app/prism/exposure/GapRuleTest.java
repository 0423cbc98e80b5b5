package app.prism.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GapRuleTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

    static Stream<Arguments> lastExposures() {
        return Stream.of(
                // days before asOf (null: never), cadence -> gap?
                Arguments.of(null, 90, true),
                Arguments.of(0, 90, false),       // today
                Arguments.of(89, 90, false),
                Arguments.of(90, 90, false),      // exactly the cadence ago still counts
                Arguments.of(91, 90, true),       // one day more does not
                Arguments.of(365, 90, true),
                Arguments.of(30, 30, false),
                Arguments.of(31, 30, true),
                Arguments.of(1, 1, false),
                Arguments.of(2, 1, true));
    }

    @ParameterizedTest(name = "last exposed {0} day(s) before, cadence {1} -> gap {2}")
    @MethodSource("lastExposures")
    void aPairIsAGapWhenNeverExposedOrLastExposedBeforeTheCadence(Integer daysAgo, int cadence, boolean gap) {
        LocalDate last = daysAgo == null ? null : AS_OF.minusDays(daysAgo);
        assertThat(GapRule.isGap(last, AS_OF, cadence)).isEqualTo(gap);
    }

    @Test
    void onlyActiveContactsAndCellsNeitherBuyingNorNotApplicableAreLookedAt() {
        var people = List.of(new GapRule.Person(1, 10, true), new GapRule.Person(2, 10, false),
                new GapRule.Person(3, 20, true));
        var products = List.of(100L, 200L);
        // unit 10 buys product 100; unit 20 cannot use product 200 (a fit mark)
        var excluded = Set.of(new GapRule.Cell(10, 100), new GapRule.Cell(20, 200));
        var heard = Map.of(3L, Map.of(100L, AS_OF.minusDays(10)));

        GapRule.Result r = GapRule.evaluate(people, products, excluded, heard, AS_OF, 90);

        assertThat(r.pairs()).extracting(p -> p.contactId() + "/" + p.productId()).containsExactly("1/200", "3/100");
        assertThat(r.gaps()).extracting(p -> p.contactId() + "/" + p.productId()).containsExactly("1/200");
        assertThat(r.account()).isEqualTo(new GapRule.Share(1, 2));
        assertThat(r.account().ratio()).isEqualTo(0.5);
        assertThat(r.byUnit()).containsEntry(10L, new GapRule.Share(0, 1)).containsEntry(20L, new GapRule.Share(1, 1));
        assertThat(r.byProduct()).containsEntry(200L, new GapRule.Share(0, 1)).containsEntry(100L, new GapRule.Share(1, 1));
    }

    @Test
    void anAccountWithoutContactsHasNoPairsAndNoAwarenessFigure() {
        GapRule.Result r = GapRule.evaluate(List.of(), List.of(1L, 2L), Set.of(), Map.of(), AS_OF, 90);

        assertThat(r.pairs()).isEmpty();
        assertThat(r.account().ratio()).isNull();
    }

    @Test
    void gapsComeNeverExposedFirstThenTheLongestAgo() {
        var people = List.of(new GapRule.Person(1, 10, true), new GapRule.Person(2, 10, true));
        var heard = Map.of(1L, Map.of(100L, AS_OF.minusDays(200), 200L, AS_OF.minusDays(100)),
                2L, Map.of(100L, AS_OF.minusDays(300)));

        List<GapRule.Pair> gaps = GapRule.evaluate(people, List.of(100L, 200L), Set.of(), heard, AS_OF, 90).gaps();

        assertThat(gaps).extracting(p -> p.contactId() + "/" + p.productId())
                .containsExactly("2/200", "2/100", "1/100", "1/200");
    }

    @Test
    void theLastExposureIsTheLatestOnOrBeforeTheDate() {
        var exposures = List.of(new GapRule.Exposure(1, 100, AS_OF.minusDays(100)),
                new GapRule.Exposure(1, 100, AS_OF.minusDays(5)), new GapRule.Exposure(1, 100, AS_OF.plusDays(1)),
                new GapRule.Exposure(1, 200, AS_OF.plusDays(3)));

        var last = GapRule.lastExposures(exposures, AS_OF);

        assertThat(last).containsOnlyKeys(1L);
        assertThat(last.get(1L)).containsExactly(Map.entry(100L, AS_OF.minusDays(5)));
    }

    @Test
    void theTrendHasTwelvePointsEndingOnTheDate() {
        var dates = ExposureService.trendDates(LocalDate.of(2026, 3, 10));

        assertThat(dates).hasSize(12);
        assertThat(dates.get(0)).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(dates.get(10)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(dates.get(11)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @ParameterizedTest(name = "cadence {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 30, 90, 365})
    void gapsByContactAreExactlyTheRulesGapsGroupedByContact(int cadence) {
        // 40 people (every fifth inactive) in 4 units, 12 products, exposures on and around the cadence's edge
        java.util.Random random = new java.util.Random(cadence);
        List<GapRule.Person> people = new java.util.ArrayList<>();
        Map<Long, Map<Long, LocalDate>> heard = new java.util.HashMap<>();
        List<Long> products = java.util.stream.LongStream.rangeClosed(1, 12).boxed().toList();
        for (long c = 1; c <= 40; c++) {
            people.add(new GapRule.Person(c, 10 + c % 4, c % 5 != 0));
            for (Long product : products) {
                int pick = random.nextInt(5);
                if (pick == 0) continue;   // never heard
                int daysAgo = switch (pick) { case 1 -> cadence; case 2 -> cadence + 1; case 3 -> 0; default -> random.nextInt(400); };
                heard.computeIfAbsent(c, k -> new java.util.HashMap<>()).put(product, AS_OF.minusDays(daysAgo));
            }
        }
        Set<GapRule.Cell> excluded = Set.of(new GapRule.Cell(10, 1), new GapRule.Cell(11, 2), new GapRule.Cell(11, 3),
                new GapRule.Cell(13, 12));

        List<String> expected = GapRule.evaluate(people, products, excluded, heard, AS_OF, cadence).gaps().stream()
                .map(p -> p.contactId() + "/" + p.unitId() + "/" + p.productId() + "/" + p.lastExposedOn()).sorted().toList();
        List<String> grouped = new java.util.ArrayList<>();
        for (GapRule.ContactGaps g : GapRule.gapsByContact(people, products, excluded, heard, AS_OF, cadence)) {
            assertThat(g.size()).isPositive();
            for (int i = 0; i < g.size(); i++) {
                assertThat(products.get(g.productIndexes()[i])).isEqualTo(g.productIds()[i]);
                grouped.add(g.contactId() + "/" + g.unitId() + "/" + g.productIds()[i] + "/" + g.lastExposedOn()[i]);
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(grouped.stream().sorted().toList()).isEqualTo(expected);
    }
}
