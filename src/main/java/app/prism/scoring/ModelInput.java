package app.prism.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * PUT /api/v1/scoring/model: the threshold (default 5) and the criteria. {@code version}, when given, is the model
 * version the client read (409 when another was saved since). {@code axis} and {@code source} arrive as text so that a
 * wrong value is reported on its field; {@code source} defaults to MANUAL, {@code bands} to the source's defaults.
 */
public record ModelInput(BigDecimal threshold, Long version, List<CriterionInput> criteria) {

    public record CriterionInput(String key, String name, String description, String axis, BigDecimal weight,
            String source, List<Banding.Band> bands) {}
}
