package app.prism.sales;

import app.prism.account.UnitUsage;
import org.springframework.stereotype.Component;

/** A unit with opportunities is not deleted: the pipeline and the lost-deal history would lose their place. */
@Component
class OpportunitiesOfUnit implements UnitUsage {

    private final OpportunityRepository opportunities;

    OpportunitiesOfUnit(OpportunityRepository opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public long countFor(long unitId) {
        return opportunities.countInUnit(unitId);
    }

    @Override
    public String label() {
        return "opportunity(ies)";
    }
}
