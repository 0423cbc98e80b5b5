package app.prism.tasks;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An order, issue or request the customer raised with us, in a unit and optionally from a contact about a product.
 * {@code closedOn} is set while DONE only.
 */
public record RequestView(long id, long accountId, long unitId, Long contactId, Long productId, RequestType type,
        String title, String description, Priority priority, RequestStatus status, LocalDate openedOn, LocalDate dueOn,
        LocalDate closedOn, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** Not DONE and due before the day asked about. */
    public boolean overdueOn(LocalDate asOf) {
        return Overdue.isOverdue(status == RequestStatus.DONE, dueOn, asOf);
    }
}
