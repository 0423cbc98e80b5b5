package app.prism.contact;

/**
 * A capability that holds personal data about contacts (the contact record itself, touchpoints, suggestions …). The
 * privacy export asks each one what it holds about a person, and an erasure asks each one to forget what identifies
 * them — without the contact capability reading their tables.
 */
public interface ContactDataHolder {

    /** What the data is, as the export names it ("touchpoints"). */
    String label();

    /** Everything held about the person, as JSON-ready records, lists or maps; an empty list when nothing. */
    Object dataAbout(long contactId);

    /**
     * Forgets what identifies the person. Runs inside the erasure's transaction before the contact record itself is
     * anonymised, so the person's name is still readable here.
     */
    void erase(long contactId);
}
