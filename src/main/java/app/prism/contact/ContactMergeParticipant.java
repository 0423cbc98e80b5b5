package app.prism.contact;

import app.prism.account.Moved;
import java.util.List;

/**
 * A capability that points at contacts (touchpoints, referrals, tasks, survey answers …). When two contacts merge,
 * the merge asks each one to point its records at the survivor, inside the merge's transaction and over its own
 * tables only, and to say what it moved; the other contact is deleted afterwards.
 */
public interface ContactMergeParticipant {

    /** Everything of contact {@code otherId} now belongs to {@code survivorId} (a contact of the same account). */
    List<Moved> mergeContacts(long survivorId, long otherId);
}
