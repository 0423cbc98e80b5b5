package app.prism.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A rating given by hand: the score, an optional note, who rated and when. */
public record HandRating(String key, BigDecimal score, String note, Long ratedById, String ratedBy,
        OffsetDateTime ratedAt) {}
