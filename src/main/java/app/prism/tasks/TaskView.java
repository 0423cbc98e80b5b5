package app.prism.tasks;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A task on an account, optionally about a unit, a contact or a product. {@code source} says what created it (GAP,
 * RISK, PLAN, MANUAL …).
 */
public record TaskView(long id, long accountId, Long unitId, Long contactId, Long productId, String title, String note,
        String source, long assigneeId, long creatorId, LocalDate dueOn, boolean done, OffsetDateTime doneAt,
        Long doneById, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** Still open and due before the day asked about. */
    public boolean overdueOn(LocalDate asOf) {
        return Overdue.isOverdue(done, dueOn, asOf);
    }
}
