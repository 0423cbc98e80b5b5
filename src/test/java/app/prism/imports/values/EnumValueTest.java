package app.prism.imports.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.prism.contact.BuyingRole;
import app.prism.exposure.Channel;
import app.prism.sales.Stage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnumValueTest {

    enum Kind { LEGAL_ENTITY, BUSINESS_UNIT, SITE }

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of(BuyingRole.class, "DECISION_MAKER", BuyingRole.DECISION_MAKER),
                Arguments.of(BuyingRole.class, "Decision maker", BuyingRole.DECISION_MAKER),
                Arguments.of(BuyingRole.class, "decision-maker", BuyingRole.DECISION_MAKER),
                Arguments.of(BuyingRole.class, " decision  maker ", BuyingRole.DECISION_MAKER),
                Arguments.of(BuyingRole.class, "Economic Buyer", BuyingRole.ECONOMIC_BUYER),
                Arguments.of(Stage.class, "won", Stage.WON),
                Arguments.of(Stage.class, "Open", Stage.OPEN),
                Arguments.of(Channel.class, "Newsletter", Channel.NEWSLETTER),
                Arguments.of(Kind.class, "Business unit", Kind.BUSINESS_UNIT),
                Arguments.of(Kind.class, "legal-entity", Kind.LEGAL_ENTITY),
                Arguments.of(Kind.class, "site", Kind.SITE),
                Arguments.of(Kind.class, "", null),
                Arguments.of(Kind.class, null, null),
                Arguments.of(Kind.class, "#N/A", null));
    }

    @ParameterizedTest(name = "{0}: [{1}] -> {2}")
    @MethodSource("names")
    <E extends Enum<E>> void anEnumByNameInAnyCaseWithSpacesOrHyphensForUnderscores(Class<E> type, String raw, E expected) {
        assertThat(EnumValue.parse(type, raw)).isEqualTo(expected);
    }

    static Stream<Arguments> unknownNames() {
        return Stream.of(
                Arguments.of(Stage.class, "Closed Won", "'Closed Won' is not one of OPEN, WON, LOST"),
                Arguments.of(Kind.class, "businessunit", "'businessunit' is not one of LEGAL_ENTITY, BUSINESS_UNIT, SITE"),
                Arguments.of(Kind.class, "unit", "'unit' is not one of LEGAL_ENTITY, BUSINESS_UNIT, SITE"),
                Arguments.of(BuyingRole.class, "Boss", "'Boss' is not one of ECONOMIC_BUYER, DECISION_MAKER, "
                        + "INFLUENCER, USER, GATEKEEPER, CHAMPION, UNKNOWN"));
    }

    @ParameterizedTest(name = "{0}: [{1}]")
    @MethodSource("unknownNames")
    <E extends Enum<E>> void anythingElseIsAnErrorListingTheAllowedNames(Class<E> type, String raw, String message) {
        assertThatThrownBy(() -> EnumValue.parse(type, raw))
                .isInstanceOf(ValueException.class)
                .hasMessage(message);
    }
}
