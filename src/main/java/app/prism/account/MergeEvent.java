package app.prism.account;

import java.time.OffsetDateTime;

/**
 * One merge in an account's or a unit's history: {@code MERGED} on the survivor ("Merged X (id n) into this record …"),
 * {@code MERGED_INTO} on the record that is gone. {@code otherId} is the record on the other side.
 */
public record MergeEvent(long id, OffsetDateTime occurredAt, String actor, String subject, long subjectId,
        String action, long otherId, String detail) {}
