package app.prism.exposure;

import java.time.LocalDate;
import java.util.List;

/** PATCH /api/v1/touchpoints/{id}: the fields given are changed, the others kept. */
public record TouchpointPatch(List<Long> contactIds, List<Long> productIds, LocalDate date, Channel channel,
        String note, Long version) {}
