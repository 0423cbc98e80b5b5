package app.prism.exposure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A touchpoint as the API shows it: who heard about what, when, how, and which colleague did it. */
public record TouchpointView(long id, long accountId, LocalDate date, Channel channel, String note, long userId,
        String userName, List<Long> contactIds, List<Long> productIds, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, String externalId) {}
