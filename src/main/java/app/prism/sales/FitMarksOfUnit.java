package app.prism.sales;

import app.prism.account.UnitUsage;
import org.springframework.stereotype.Component;

/** A unit with fit marks is not deleted: remove the marks first, deliberately. */
@Component
class FitMarksOfUnit implements UnitUsage {

    private final FitMarkRepository fitMarks;

    FitMarksOfUnit(FitMarkRepository fitMarks) {
        this.fitMarks = fitMarks;
    }

    @Override
    public long countFor(long unitId) {
        return fitMarks.countInUnit(unitId);
    }

    @Override
    public String label() {
        return "fit mark(s)";
    }
}
