package app.prism.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An account's ratings under the current model: {@code ratings} maps every rated criterion to its value (by hand or
 * computed); {@code criteria} says for each criterion how it was rated and on what data.
 */
public record AccountRatings(long accountId, String accountName, LocalDate asOf, int modelVersion, BigDecimal threshold,
        BigDecimal attractiveness, BigDecimal strength, Segment segment, Map<String, BigDecimal> ratings,
        List<CriterionRating> criteria) {}
