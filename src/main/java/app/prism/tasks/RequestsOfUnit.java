package app.prism.tasks;

import app.prism.account.UnitUsage;
import org.springframework.stereotype.Component;

/** A unit with customer requests is not deleted: the history of what it asked us for would lose its place. */
@Component
class RequestsOfUnit implements UnitUsage {

    private final RequestRepository requests;

    RequestsOfUnit(RequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public long countFor(long unitId) {
        return requests.countInUnit(unitId);
    }

    @Override
    public String label() {
        return "customer request(s)";
    }
}
