package app.prism.account;

import jakarta.validation.constraints.NotNull;

/** One line of PUT /accounts/{id}/team. */
public record TeamAssignment(@NotNull Long userId, @NotNull TeamRole role) {}
