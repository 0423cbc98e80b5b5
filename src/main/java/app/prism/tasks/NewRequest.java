package app.prism.tasks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * POST /api/v1/requests. The account is the unit's ({@code accountId}, when given, must match); priority defaults to
 * NORMAL, status to OPEN, openedOn to today.
 */
public record NewRequest(@NotNull RequestType type, Long accountId, @NotNull Long unitId, Long contactId,
        Long productId, @NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
        Priority priority, RequestStatus status, LocalDate openedOn, LocalDate dueOn, LocalDate closedOn) {}
