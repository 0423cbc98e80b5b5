package app.prism.tasks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * POST /api/v1/tasks, and what other capabilities hand to {@link TaskService#createTask}. The assignee defaults to the
 * signed-in user, the source to MANUAL; a contact without a unit puts the task in the contact's unit.
 */
public record NewTask(@NotNull Long accountId, @NotBlank @Size(max = 200) String title, Long unitId, Long contactId,
        Long productId, Long assigneeId, LocalDate dueOn,
        @Size(max = 20) @Pattern(regexp = "[A-Za-z_]*", message = "letters and underscores only, e.g. GAP") String source,
        @Size(max = 2000) String note) {

    /** A task typed in by hand. */
    public static NewTask manual(long accountId, String title, Long assigneeId, LocalDate dueOn) {
        return new NewTask(accountId, title, null, null, null, assigneeId, dueOn, "MANUAL", null);
    }
}
