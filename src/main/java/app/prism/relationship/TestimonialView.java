package app.prism.relationship;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A testimonial: a contact's statement about products, and how we may use it. */
public record TestimonialView(long id, long accountId, long contactId, List<Long> productIds, AskStatus status,
        String text, PermittedUse permittedUse, LocalDate askedOn, LocalDate givenOn, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {}
