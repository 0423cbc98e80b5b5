package app.prism.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** An account's scores and segment at a moment, with the model version that produced them. */
public record Snapshot(long id, long accountId, int modelVersion, BigDecimal attractiveness, BigDecimal strength,
        Segment segment, BigDecimal ttmRevenue, SnapshotKind kind, OffsetDateTime takenAt, String takenBy) {}
