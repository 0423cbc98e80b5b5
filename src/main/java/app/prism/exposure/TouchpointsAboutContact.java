package app.prism.exposure;

import app.prism.contact.ContactDataHolder;
import app.prism.contact.ContactService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The touchpoints a person took part in, for their personal-data export. On erasure the touchpoints stay (they are
 * our work and the exposure history the awareness figures rest on, and the contact they point at is anonymised), and
 * the person's name is blanked out of the notes that spell it (docs/decisions/0006-contact-erasure.md).
 */
@Component
class TouchpointsAboutContact implements ContactDataHolder {

    static final String ERASED = "[erased contact]";

    /** One touchpoint as the export shows it. */
    record TouchpointData(long id, LocalDate date, Channel channel, String note, long userId, List<Long> contactIds,
            List<Long> productIds) {}

    private final TouchpointRepository touchpoints;
    private final ContactService contacts;

    TouchpointsAboutContact(TouchpointRepository touchpoints, ContactService contacts) {
        this.touchpoints = touchpoints;
        this.contacts = contacts;
    }

    @Override
    public String label() {
        return "touchpoints";
    }

    @Override
    public Object dataAbout(long contactId) {
        var rows = touchpoints.ofContact(contactId);
        var ids = rows.stream().map(TouchpointRepository.Row::id).toList();
        Map<Long, List<Long>> people = touchpoints.contactsOf(ids);
        Map<Long, List<Long>> products = touchpoints.productsOf(ids);
        return rows.stream().map(r -> new TouchpointData(r.id(), r.date(), r.channel(), r.note(), r.userId(),
                people.getOrDefault(r.id(), List.of()), products.getOrDefault(r.id(), List.of()))).toList();
    }

    @Override
    public void erase(long contactId) {
        var person = contacts.findContacts(List.of(contactId)).get(contactId);
        if (person == null) return;
        var ids = touchpoints.ofContact(contactId).stream().map(TouchpointRepository.Row::id).toList();
        touchpoints.replaceInNotes(ids, person.name(), ERASED);
    }
}
