package app.prism.contact;

import java.time.OffsetDateTime;

/** One audited action (a handover, a personal-data export, an erasure) as GET /api/v1/audit-events shows it. */
public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, String action, String subject,
        long subjectId, String detail) {}
