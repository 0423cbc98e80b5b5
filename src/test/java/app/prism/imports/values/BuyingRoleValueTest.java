package app.prism.imports.values;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.contact.BuyingRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuyingRoleValueTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            "Decision Maker"           | DECISION_MAKER
            "decision maker"           | DECISION_MAKER
            "Decision maker"           | DECISION_MAKER
            DECISION_MAKER             | DECISION_MAKER
            decision-maker             | DECISION_MAKER
            DecisionMaker              | DECISION_MAKER
            "Economic Buyer"           | ECONOMIC_BUYER
            economic_buyer             | ECONOMIC_BUYER
            Influencer                 | INFLUENCER
            "Technical Buyer"          | INFLUENCER
            Evaluator                  | INFLUENCER
            "Business User"            | USER
            User                       | USER
            USER                       | USER
            Champion                   | CHAMPION
            CHAMPION                   | CHAMPION
            Gatekeeper                 | GATEKEEPER
            " gatekeeper "             | GATEKEEPER
            "Executive Sponsor"        | UNKNOWN
            Other                      | UNKNOWN
            Blocker                    | UNKNOWN
            UNKNOWN                    | UNKNOWN
            "Decision"                 | UNKNOWN
            ""                         | UNKNOWN
                                       | UNKNOWN
            "#N/A"                     | UNKNOWN
            """)
    void crmLabelsAndPrismNamesReadAsBuyingRolesAndAnythingElseIsUnknown(String raw, BuyingRole expected) {
        assertThat(BuyingRoleValue.role(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            "Influencer; Decision Maker"        | DECISION_MAKER
            "Economic Buyer;Decision Maker"     | DECISION_MAKER
            "Evaluator, Economic Buyer"         | ECONOMIC_BUYER
            "User;Champion"                     | CHAMPION
            "Technical Buyer, Champion"         | CHAMPION
            "Business User; Influencer"         | INFLUENCER
            "Gatekeeper; Business User"         | USER
            "Blocker; Gatekeeper"               | GATEKEEPER
            "Other;;Influencer"                 | INFLUENCER
            "Unknown; Blocker"                  | UNKNOWN
            "; ;"                               | UNKNOWN
            """)
    void ofSeveralLabelsTheMostDecisiveRecognisedOneWins(String raw, BuyingRole expected) {
        assertThat(BuyingRoleValue.role(raw)).isEqualTo(expected);
    }
}
