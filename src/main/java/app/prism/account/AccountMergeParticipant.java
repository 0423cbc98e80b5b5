package app.prism.account;

import java.util.List;

/**
 * A capability that points at accounts or units (contacts, sales, touchpoints …). When two accounts or two units merge,
 * the merge asks each one to point its records at the survivor, inside the merge's transaction and over its own tables
 * only, and to say what it moved; the other record is deleted afterwards. A unique key that would collide is resolved
 * here, by the capability that owns it (docs/decisions/0009-merge.md).
 */
public interface AccountMergeParticipant {

    /** Everything of account {@code otherId} now belongs to {@code survivorId}; the units have already moved. */
    default List<Moved> mergeAccounts(long survivorId, long otherId) {
        return List.of();
    }

    /** Everything in unit {@code otherId} now sits in {@code survivorId} (a unit of the same account). */
    default List<Moved> mergeUnits(long survivorId, long otherId) {
        return List.of();
    }
}
