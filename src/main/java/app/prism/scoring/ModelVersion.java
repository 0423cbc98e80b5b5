package app.prism.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One saved version of the scoring model, as the history lists it. */
public record ModelVersion(int version, BigDecimal threshold, int criteria, OffsetDateTime createdAt, String createdBy) {}
