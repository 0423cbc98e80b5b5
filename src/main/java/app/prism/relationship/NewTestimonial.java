package app.prism.relationship;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** POST /api/v1/testimonials; a GIVEN testimonial needs its text and permitted use. */
public record NewTestimonial(@NotNull Long contactId, @Size(max = 100) List<Long> productIds, AskStatus status,
        @Size(max = 4000) String text, PermittedUse permittedUse, LocalDate askedOn, LocalDate givenOn) {}
