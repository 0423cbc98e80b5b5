package app.prism.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.contact.Attitude;
import app.prism.contact.BuyingRole;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A small tree: Group (DE) → Company A (DE) → Plant A1 (DE, target), Plant A2 (DE), Plant A3 (FR);
 * Group → Company B (FR) → Plant B1 (DE), Plant B2 (US).
 */
class CandidateRuleTest {

    static final long GROUP = 1, A = 2, A1 = 3, A2 = 4, A3 = 5, B = 6, B1 = 7, B2 = 8;

    static final Map<Long, CandidateRule.Unit> TREE = Stream.of(
            new CandidateRule.Unit(GROUP, null, "DE", "Group"), new CandidateRule.Unit(A, GROUP, "DE", "Company A"),
            new CandidateRule.Unit(A1, A, "DE", "Plant A1"), new CandidateRule.Unit(A2, A, "DE", "Plant A2"),
            new CandidateRule.Unit(A3, A, "FR", "Plant A3"), new CandidateRule.Unit(B, GROUP, "FR", "Company B"),
            new CandidateRule.Unit(B1, B, "DE", "Plant B1"), new CandidateRule.Unit(B2, B, "US", "Plant B2"))
            .collect(Collectors.toMap(CandidateRule.Unit::id, Function.identity()));

    static final Set<Long> BUYING = Set.of(GROUP, A2, A3, B, B1, B2);

    static CandidateRule.Person p(long id, String name, long unit, BuyingRole role, Attitude attitude, int strength) {
        return new CandidateRule.Person(id, name, unit, true, role, attitude, strength);
    }

    @Test
    void siblingsFirstThenTheParentChainThenTheCountryThenTheRestEachByStrength() {
        var people = List.of(
                p(10, "Olga Other", B2, BuyingRole.USER, Attitude.SUPPORTER, 3),
                p(11, "Dieter Country", B1, BuyingRole.CHAMPION, Attitude.NEUTRAL, 1),
                p(12, "Greta Group", GROUP, BuyingRole.DECISION_MAKER, Attitude.SUPPORTER, 2),
                p(13, "Sam Sibling", A2, BuyingRole.USER, Attitude.SUPPORTER, 1),
                p(14, "Sara Sibling", A3, BuyingRole.CHAMPION, Attitude.SUPPORTER, 3),
                p(15, "Bernd Company", B, BuyingRole.USER, Attitude.SUPPORTER, 3));

        var ranked = CandidateRule.rank(A1, TREE, BUYING, people);

        assertThat(ranked).extracting(CandidateRule.Candidate::name).containsExactly("Sara Sibling", "Sam Sibling",
                "Greta Group", "Dieter Country", "Bernd Company", "Olga Other");
        assertThat(ranked).extracting(CandidateRule.Candidate::closeness).containsExactly(
                CandidateRule.Closeness.SIBLING, CandidateRule.Closeness.SIBLING, CandidateRule.Closeness.SAME_CHAIN,
                CandidateRule.Closeness.SAME_COUNTRY, CandidateRule.Closeness.OTHER, CandidateRule.Closeness.OTHER);
        assertThat(ranked.get(0).reason()).contains("champion").contains("Plant A3").contains("sibling");
    }

    @Test
    void onlyActiveSupportersAndChampionsOfUnitsWeDoBusinessWithAreCandidates() {
        var people = List.of(
                p(20, "Neutral User", A2, BuyingRole.USER, Attitude.NEUTRAL, 3),
                p(21, "Detracting Champion", A2, BuyingRole.CHAMPION, Attitude.DETRACTOR, 3),
                new CandidateRule.Person(22, "Left Supporter", A2, false, BuyingRole.USER, Attitude.SUPPORTER, 3),
                p(23, "Supporter Not Buying", A, BuyingRole.USER, Attitude.SUPPORTER, 3));

        assertThat(CandidateRule.rank(A1, TREE, BUYING, people)).extracting(CandidateRule.Candidate::name)
                .containsExactly("Detracting Champion");
    }

    @Test
    void aDescendantIsOnTheSameChainAndAUnitWeSellToGetsNoCandidates() {
        var people = List.of(p(30, "Plant Fan", A2, BuyingRole.USER, Attitude.SUPPORTER, 2));

        assertThat(CandidateRule.rank(A, TREE, BUYING, people)).extracting(CandidateRule.Candidate::closeness)
                .containsExactly(CandidateRule.Closeness.SAME_CHAIN);
        assertThat(CandidateRule.rank(A2, TREE, BUYING, people)).isEmpty();
    }
}
