package app.prism.tasks;

import static app.prism.tasks.RequestStatus.DONE;
import static app.prism.tasks.RequestStatus.IN_PROGRESS;
import static app.prism.tasks.RequestStatus.OPEN;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.web.Invalid;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RequestRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate EARLIER = LocalDate.of(2026, 11, 20);

    @Test
    void becomingDoneClosesTodayUnlessADateIsGiven() {
        assertThat(RequestRule.closedOn(OPEN, DONE, null, null, TODAY)).isEqualTo(TODAY);
        assertThat(RequestRule.closedOn(IN_PROGRESS, DONE, null, EARLIER, TODAY)).isEqualTo(EARLIER);
    }

    @Test
    void stayingDoneKeepsTheClosingDate() {
        assertThat(RequestRule.closedOn(DONE, DONE, EARLIER, null, TODAY)).isEqualTo(EARLIER);
    }

    @Test
    void reopeningClearsTheClosingDate() {
        assertThat(RequestRule.closedOn(DONE, OPEN, EARLIER, null, TODAY)).isNull();
        assertThat(RequestRule.closedOn(DONE, IN_PROGRESS, EARLIER, null, TODAY)).isNull();
        assertThat(RequestRule.closedOn(OPEN, IN_PROGRESS, null, null, TODAY)).isNull();
    }

    @Test
    void aClosingDateBelongsToDoneRequestsOnly() {
        assertThat(RequestRule.check(OPEN, EARLIER, null, TODAY, TODAY)).extracting(Invalid.FieldProblem::field)
                .containsExactly("closedOn");
        assertThat(RequestRule.check(DONE, EARLIER, null, TODAY, TODAY)).isEmpty();
    }

    @Test
    void noDateComesBeforeTheOpeningAndNothingIsOpenedOrClosedInTheFuture() {
        assertThat(RequestRule.check(DONE, TODAY, EARLIER, EARLIER, TODAY)).extracting(Invalid.FieldProblem::field)
                .containsExactly("dueOn", "closedOn");
        assertThat(RequestRule.check(OPEN, TODAY.plusDays(1), null, null, TODAY))
                .extracting(Invalid.FieldProblem::field).containsExactly("openedOn");
        assertThat(RequestRule.check(DONE, EARLIER, null, TODAY.plusDays(1), TODAY))
                .extracting(Invalid.FieldProblem::field).containsExactly("closedOn");
        assertThat(RequestRule.check(OPEN, EARLIER, EARLIER, null, TODAY)).as("due the day it was opened").isEmpty();
    }
}
