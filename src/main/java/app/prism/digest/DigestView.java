package app.prism.digest;

import java.time.OffsetDateTime;
import java.util.List;

/** A digest in the inbox. */
public record DigestView(long id, long userId, String period, String subject, List<DigestSection> sections,
        int itemCount, DigestStatus status, int attempts, String lastError, OffsetDateTime sentAt, OffsetDateTime readAt,
        OffsetDateTime createdAt) {}
