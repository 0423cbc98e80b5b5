package app.prism.sales;

import app.prism.web.Invalid;
import java.util.List;

/** A batch of sales lines refused as a whole: nothing was stored, and {@code errors} names every bad row found. */
class SalesRefused extends Invalid {

    private final String summary;

    SalesRefused(List<Invalid.FieldProblem> errors, boolean more) {
        super(errors);
        long rows = errors.stream().map(p -> p.field().split("\\.")[0]).distinct().count();
        this.summary = "Nothing was stored: " + rows + " bad row(s)" + (more ? " (reading stopped at the first "
                + errors.size() + " problems)" : "") + ". First: " + errors.get(0).field() + ": "
                + errors.get(0).message();
    }

    @Override
    public String getMessage() {
        return summary;
    }
}
