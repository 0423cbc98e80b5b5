package app.prism.contact;

import app.prism.account.UnitUsage;
import org.springframework.stereotype.Component;

/** A unit with contacts is not deleted. */
@Component
class ContactsOfUnit implements UnitUsage {

    private final ContactRepository contacts;

    ContactsOfUnit(ContactRepository contacts) {
        this.contacts = contacts;
    }

    @Override
    public long countFor(long unitId) {
        return contacts.countInUnit(unitId);
    }

    @Override
    public String label() {
        return "contact(s)";
    }
}
