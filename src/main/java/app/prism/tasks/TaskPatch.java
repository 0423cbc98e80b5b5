package app.prism.tasks;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** PATCH /api/v1/tasks/{id}: only the fields named change; the account and the source stay. */
public record TaskPatch(@Size(max = 200) String title, @Size(max = 2000) String note, Long unitId, Long contactId,
        Long productId, Long assigneeId, LocalDate dueOn, Boolean done, Long version) {}
