package app.prism.relationship;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** PATCH /api/v1/testimonials/{id}: the fields given change. */
public record TestimonialPatch(@Size(max = 100) List<Long> productIds, AskStatus status,
        @Size(max = 4000) String text, PermittedUse permittedUse, LocalDate askedOn, LocalDate givenOn, Long version) {}
