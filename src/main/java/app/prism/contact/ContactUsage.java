package app.prism.contact;

/**
 * What other capabilities hold against a contact (touchpoints, tasks …). A contact with any of it is not deleted but
 * marked inactive, which keeps that history: each capability implements this without the contact reading its tables.
 */
public interface ContactUsage {

    /** How many records of this capability point at the contact. */
    long countFor(long contactId);

    /** What those records are called, plural ("touchpoint(s)"). */
    String label();
}
