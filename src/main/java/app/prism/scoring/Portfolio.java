package app.prism.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Every account the user may see with its scores, segment and TTM revenue, and where it stood at the last snapshot. */
public record Portfolio(LocalDate asOf, int modelVersion, BigDecimal threshold, List<Entry> accounts) {

    /**
     * One account. {@code segment} is null while an axis has no rated criterion; {@code previousSegment} and
     * {@code previousSnapshotAt} come from the account's latest snapshot (null without one).
     */
    public record Entry(long accountId, String name, Long ownerId, String ownerName, BigDecimal attractiveness,
            BigDecimal strength, Segment segment, BigDecimal ttmRevenue, int ratedCriteria, int criteria,
            Segment previousSegment, OffsetDateTime previousSnapshotAt) {

        public boolean moved() {
            return previousSnapshotAt != null && previousSegment != segment;
        }
    }
}
