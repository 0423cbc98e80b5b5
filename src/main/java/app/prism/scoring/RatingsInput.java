package app.prism.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * PUT /api/v1/accounts/{id}/ratings: hand ratings 0..10 by criterion key (null removes one) and optional notes. Keys
 * not mentioned keep their rating.
 */
public record RatingsInput(Map<String, BigDecimal> ratings, Map<String, String> notes) {}
