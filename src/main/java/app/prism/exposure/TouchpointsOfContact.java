package app.prism.exposure;

import app.prism.contact.ContactUsage;
import org.springframework.stereotype.Component;

/** A contact who heard about our products is not deleted: their touchpoints are history. */
@Component
class TouchpointsOfContact implements ContactUsage {

    private final TouchpointRepository touchpoints;

    TouchpointsOfContact(TouchpointRepository touchpoints) {
        this.touchpoints = touchpoints;
    }

    @Override
    public long countFor(long contactId) {
        return touchpoints.countForContact(contactId);
    }

    @Override
    public String label() {
        return "touchpoint(s)";
    }
}
