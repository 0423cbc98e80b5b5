package app.prism.tasks;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** PATCH /api/v1/requests/{id}: only the fields named change; the account stays. */
public record RequestPatch(RequestType type, Long unitId, Long contactId, Long productId, @Size(max = 200) String title,
        @Size(max = 4000) String description, Priority priority, RequestStatus status, LocalDate openedOn,
        LocalDate dueOn, LocalDate closedOn, Long version) {}
