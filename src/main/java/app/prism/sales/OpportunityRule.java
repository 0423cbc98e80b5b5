package app.prism.sales;

import app.prism.web.Invalid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of an opportunity (PRODUCT.md section 3): a value is money of at least zero; the close date is expected
 * while OPEN and actual once WON or LOST (any date: records are often entered ahead or replayed with {@code asOf});
 * competitor and loss reason belong to a LOST opportunity only, and both stay optional there (PRODUCT.md section 6), as
 * a seller does not always learn why. An open opportunity closes as WON or LOST and a closed one can be reopened, but
 * WON never turns into LOST (or back) without reopening.
 */
final class OpportunityRule {

    private OpportunityRule() {}

    static List<Invalid.FieldProblem> check(Stage stage, BigDecimal value, String competitor, LossReason lossReason) {
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        if (value != null && value.signum() < 0) problems.add(new Invalid.FieldProblem("value", "must be 0 or more"));
        String tooLarge = app.prism.web.DecimalColumn.MONEY.problem(value);
        if (tooLarge != null) problems.add(new Invalid.FieldProblem("value", tooLarge));
        if (stage != Stage.LOST && competitor != null) {
            problems.add(new Invalid.FieldProblem("competitor", "only a LOST opportunity has a competitor"));
        }
        if (stage != Stage.LOST && lossReason != null) {
            problems.add(new Invalid.FieldProblem("lossReason", "only a LOST opportunity has a loss reason"));
        }
        return problems;
    }

    static boolean canMove(Stage from, Stage to) {
        return from == to || from == Stage.OPEN || to == Stage.OPEN;
    }

    /** Reopening forgets why it was lost: competitor and loss reason describe a loss that no longer stands. */
    static boolean isReopening(Stage from, Stage to) {
        return from != Stage.OPEN && to == Stage.OPEN;
    }

    /** Closing without a date closes today. */
    static boolean isClosing(Stage from, Stage to) {
        return from == Stage.OPEN && to != Stage.OPEN;
    }
}
