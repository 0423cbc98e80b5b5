package app.prism.relationship;

import static app.prism.contact.Attitude.DETRACTOR;
import static app.prism.contact.Attitude.NEUTRAL;
import static app.prism.contact.Attitude.SUPPORTER;
import static app.prism.contact.BuyingRole.DECISION_MAKER;
import static app.prism.contact.BuyingRole.ECONOMIC_BUYER;
import static app.prism.contact.BuyingRole.INFLUENCER;
import static app.prism.contact.BuyingRole.USER;
import static app.prism.relationship.RiskFlag.DETRACTOR_IN_POWER;
import static app.prism.relationship.RiskFlag.GONE_QUIET;
import static app.prism.relationship.RiskFlag.KEY_PERSON;
import static app.prism.relationship.RiskFlag.NO_DECISION_MAKER;
import static app.prism.relationship.RiskFlag.SINGLE_THREADED;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.contact.Attitude;
import app.prism.contact.BuyingRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RiskRuleTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
    static final LocalDate RECENT = AS_OF.minusDays(10);

    static RiskRule.Person p(String name, boolean active, BuyingRole role, Attitude attitude, Set<Long> owners,
            LocalDate touched) {
        return new RiskRule.Person(name.hashCode(), name, active, role, attitude, owners, touched);
    }

    static RiskRule.Person dm(Set<Long> owners) {
        return p("Dana", true, DECISION_MAKER, SUPPORTER, owners, RECENT);
    }

    static RiskRule.Person user(Set<Long> owners) {
        return p("Uwe", true, USER, NEUTRAL, owners, RECENT);
    }

    static Stream<Arguments> units() {
        return Stream.of(
                // doing business, people -> flags
                Arguments.of("not buying, one supportive user, recent touch", false, List.of(user(Set.of(1L))), List.of()),
                Arguments.of("not buying, nobody known", false, List.of(), List.of()),
                Arguments.of("buying, nobody known", true, List.of(), List.of(SINGLE_THREADED, NO_DECISION_MAKER)),
                Arguments.of("buying, one decision maker known by one colleague", true, List.of(dm(Set.of(1L))),
                        List.of(SINGLE_THREADED, KEY_PERSON)),
                Arguments.of("buying, one decision maker nobody owns", true, List.of(dm(Set.of())), List.of(SINGLE_THREADED)),
                Arguments.of("buying, two people, same single owner", true, List.of(dm(Set.of(1L)), user(Set.of(1L))),
                        List.of(KEY_PERSON)),
                Arguments.of("buying, two people, different owners", true, List.of(dm(Set.of(1L)), user(Set.of(2L))),
                        List.of()),
                Arguments.of("buying, two people, one known by two colleagues", true,
                        List.of(dm(Set.of(1L)), user(Set.of(1L, 2L))), List.of()),
                Arguments.of("buying, two people sharing the same two owners", true,
                        List.of(dm(Set.of(1L, 2L)), user(Set.of(1L, 2L))), List.of()),
                Arguments.of("buying, no decision maker among two users", true, List.of(user(Set.of(1L)),
                        p("Ute", true, INFLUENCER, SUPPORTER, Set.of(2L), RECENT)), List.of(NO_DECISION_MAKER)),
                Arguments.of("buying, the decision maker left", true, List.of(user(Set.of(1L)), user(Set.of(2L)),
                        p("Dora", false, DECISION_MAKER, SUPPORTER, Set.of(3L), RECENT)), List.of(NO_DECISION_MAKER)),
                Arguments.of("buying, an economic buyer counts as in power", true, List.of(user(Set.of(2L)),
                        p("Eve", true, ECONOMIC_BUYER, NEUTRAL, Set.of(1L), RECENT)), List.of()),
                Arguments.of("not buying, a detractor decides", false,
                        List.of(p("Dirk", true, DECISION_MAKER, DETRACTOR, Set.of(), RECENT)), List.of(DETRACTOR_IN_POWER)),
                Arguments.of("not buying, a detractor who left", false,
                        List.of(p("Dirk", false, DECISION_MAKER, DETRACTOR, Set.of(), RECENT)), List.of()),
                Arguments.of("not buying, a detracting user is not in power", false,
                        List.of(p("Ulf", true, USER, DETRACTOR, Set.of(), RECENT)), List.of()),
                Arguments.of("quiet: last touch exactly 180 days ago still counts", false,
                        List.of(p("Q", true, USER, NEUTRAL, Set.of(), AS_OF.minusDays(180))), List.of()),
                Arguments.of("quiet: 181 days ago does not", false,
                        List.of(p("Q", true, USER, NEUTRAL, Set.of(), AS_OF.minusDays(181))), List.of(GONE_QUIET)),
                Arguments.of("quiet: never touched", false, List.of(p("Q", true, USER, NEUTRAL, Set.of(), null)),
                        List.of(GONE_QUIET)),
                Arguments.of("quiet: a touch after asOf does not count", false,
                        List.of(p("Q", true, USER, NEUTRAL, Set.of(), AS_OF.plusDays(1))), List.of(GONE_QUIET)),
                Arguments.of("quiet: a recent touch with someone who left counts for the unit", false,
                        List.of(p("Q", true, USER, NEUTRAL, Set.of(), null), p("L", false, USER, NEUTRAL, Set.of(), RECENT)),
                        List.of()),
                Arguments.of("quiet: only people who left, nobody active", false,
                        List.of(p("L", false, USER, NEUTRAL, Set.of(), null)), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    void flagsFollowTheRulesOfSectionFour(String description, boolean doingBusiness, List<RiskRule.Person> people,
            List<RiskFlag> expected) {
        List<RiskRule.Risk> risks = RiskRule.risksOf(new RiskRule.Unit(7, doingBusiness, people), AS_OF,
                Map.of(1L, "Sophie"));

        assertThat(risks).extracting(RiskRule.Risk::flag).containsExactlyElementsOf(expected);
        assertThat(risks).allSatisfy(r -> {
            assertThat(r.unitId()).isEqualTo(7);
            assertThat(r.reason()).isNotBlank();
        });
    }

    @Test
    void aGoneQuietReasonWritesItsDateAsTheReaderReadsIt() {
        var quiet = List.of(p("Q", true, USER, NEUTRAL, Set.of(), AS_OF.minusDays(200)));
        var german = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.GERMANY);
        List<RiskRule.Risk> risks = RiskRule.risksOf(new RiskRule.Unit(7, false, quiet), AS_OF, Map.of(),
                d -> d.format(german));
        assertThat(risks).extracting(RiskRule.Risk::reason)
                .containsExactly("No touchpoint with anyone here since " + AS_OF.minusDays(200).format(german)
                        + " (over " + RiskRule.QUIET_DAYS + " days).");
    }
}
