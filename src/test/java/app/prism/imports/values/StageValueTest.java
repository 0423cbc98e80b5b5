package app.prism.imports.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.prism.sales.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageValueTest {

    @ParameterizedTest(name = "stage [{0}], isWon [{1}], isClosed [{2}] -> {3}")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            # Salesforce: the stage name, and the flags for custom stages
            "Closed Won"          |       |       | WON
            "closed won"          |       |       | WON
            "CLOSED WON"          |       |       | WON
            "Closed - Won"        |       |       | WON
            "Closed Lost"         |       |       | LOST
            "closed lost"         |       |       | LOST
            "Prospecting"         |       |       | OPEN
            "Negotiation/Review"  | false | false | OPEN
            "Contract Signed"     | true  | true  | WON
            "Contract Signed"     | 1     | 1     | WON
            "No Budget"           | false | true  | LOST
            "No Budget"           | 0     | 1     | LOST
            "Closed Won"          | false | true  | WON
            "Closed Won"          | false | false | WON
            "Closed Lost"         | false | false | LOST
            "Closed Lost"         | true  | true  | WON
                                  | true  |       | WON
                                  | false | true  | LOST
                                  |       | true  | LOST
                                  | false | false | OPEN
                                  |       |       | OPEN
            ""                    | ""    | ""    | OPEN
            "#N/A"                | "#N/A"| "#N/A"| OPEN
            "Closed"              |       |       | OPEN
            "Lost in translation" |       |       | OPEN
            # Dynamics 365 status
            Won                   |       |       | WON
            Lost                  |       |       | LOST
            Open                  |       |       | OPEN
            # HubSpot deal stage ids and labels
            closedwon             |       |       | WON
            closedlost            |       |       | LOST
            "Closed won"          |       |       | WON
            appointmentscheduled  |       |       | OPEN
            # Prism's own names
            OPEN                  |       |       | OPEN
            WON                   |       |       | WON
            LOST                  |       |       | LOST
            " won "               |       |       | WON
            """)
    void closedWonOrIsWonIsWonClosedLostOrClosedAndNotWonIsLostAnythingElseIsOpen(
            String stageName, String isWon, String isClosed, Stage expected) {
        assertThat(StageValue.stage(stageName, isWon, isClosed)).isEqualTo(expected);
    }

    @Test
    void aFlagThatIsNotABooleanIsAnError() {
        assertThatThrownBy(() -> StageValue.stage("Prospecting", "maybe", null))
                .isInstanceOf(ValueException.class)
                .hasMessageStartingWith("'maybe' is not a yes/no value");
        assertThatThrownBy(() -> StageValue.stage("Prospecting", null, "2"))
                .isInstanceOf(ValueException.class);
    }
}
