package app.prism.account;

import jakarta.validation.constraints.Size;

public record AccountPatch(
        @Size(max = 200) String name,
        @Size(max = 100) String industry,
        @Size(max = 2, message = "must be an ISO 3166 alpha-2 country code such as DE or US") String country,
        Scope scope,
        Long ownerId,
        @Size(max = 100) String externalId,
        Long version) {}
