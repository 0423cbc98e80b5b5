package app.prism.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NewUnit(
        @NotBlank @Size(max = 200) String name,
        @NotNull UnitKind kind,
        Long parentId,
        @Size(max = 2, message = "must be an ISO 3166 alpha-2 country code such as DE or US") String country,
        @Size(max = 100) String city,
        @Size(max = 100) String externalId) {}
