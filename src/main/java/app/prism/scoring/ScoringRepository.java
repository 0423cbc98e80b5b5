package app.prism.scoring;

import app.prism.web.Audit;
import app.prism.web.PageQuery;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scoring tables: model versions with their criteria, hand ratings, snapshots. */
@Repository
class ScoringRepository {

    private final JdbcClient jdbc;

    ScoringRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- model ---

    Optional<ScoringModel> currentModel() {
        return jdbc.sql("select max(id) from scoring_model").query((rs, n) -> (Integer) rs.getObject(1, Integer.class))
                .list().stream().filter(java.util.Objects::nonNull).findFirst().flatMap(this::model);
    }

    Optional<ScoringModel> model(int version) {
        var head = jdbc.sql("select id, threshold, created_at, created_by from scoring_model where id = :id")
                .param("id", version)
                .query((rs, n) -> new ScoringModel(rs.getInt(1), rs.getBigDecimal(2), List.of(),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4)))
                .optional();
        if (head.isEmpty()) return head;
        List<ScoringModel.Criterion> criteria = jdbc.sql("""
                select criterion_key, name, description, axis, weight, source, bands from scoring_criterion
                 where model_id = :id order by sort_order, id""")
                .param("id", version)
                .query((rs, n) -> {
                    CriterionSource source = CriterionSource.valueOf(rs.getString(6));
                    String bands = rs.getString(7);
                    return new ScoringModel.Criterion(rs.getString(1), rs.getString(2), rs.getString(3),
                            Axis.valueOf(rs.getString(4)), rs.getBigDecimal(5).stripTrailingZeros(), source,
                            source.isComputed() ? Banding.parse(bands).bands() : null);
                }).list();
        ScoringModel h = head.get();
        return Optional.of(new ScoringModel(h.version(), h.threshold(), criteria, h.createdAt(), h.createdBy()));
    }

    /** Stores the next model version; a concurrent save of the same version fails on the primary key. */
    int insertModel(int version, BigDecimal threshold, List<ScoringModel.Criterion> criteria) {
        OffsetDateTime now = Audit.now();
        String by = Audit.actor();
        jdbc.sql("""
                insert into scoring_model (id, threshold, version, created_at, created_by, updated_at, updated_by)
                values (:id, :threshold, 0, :now, :by, :now, :by)""")
                .param("id", version).param("threshold", threshold).param("now", now).param("by", by).update();
        int order = 0;
        for (ScoringModel.Criterion c : criteria) {
            jdbc.sql("""
                    insert into scoring_criterion (model_id, sort_order, criterion_key, name, description, axis, weight,
                                                   source, bands, version, created_at, created_by, updated_at, updated_by)
                    values (:model, :order, :key, :name, :description, :axis, :weight, :source, :bands, 0,
                            :now, :by, :now, :by)""")
                    .param("model", version).param("order", ++order).param("key", c.key()).param("name", c.name())
                    .param("description", c.description()).param("axis", c.axis().name()).param("weight", c.weight())
                    .param("source", c.source().name()).param("bands", c.bands() == null ? null : c.banding().text())
                    .param("now", now).param("by", by).update();
        }
        return version;
    }

    List<ModelVersion> modelVersions() {
        return jdbc.sql("""
                select m.id, m.threshold, (select count(*) from scoring_criterion c where c.model_id = m.id),
                       m.created_at, m.created_by
                  from scoring_model m order by m.id desc""")
                .query((rs, n) -> new ModelVersion(rs.getInt(1), rs.getBigDecimal(2), rs.getInt(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5))).list();
    }

    // --- hand ratings ---

    Map<String, HandRating> handRatings(long accountId) {
        Map<String, HandRating> out = new HashMap<>();
        jdbc.sql("""
                select account_id, criterion_key, score, note, rated_by_id, rated_by, rated_at from scoring_rating
                 where account_id = :account""")
                .param("account", accountId).query((rs, n) -> out.put(rs.getString(2), handRating(rs))).list();
        return out;
    }

    /** Hand ratings of the given accounts, or of every account when {@code accountIds} is empty. */
    Map<Long, Map<String, HandRating>> handRatings(Optional<? extends Collection<Long>> accountIds) {
        Map<Long, Map<String, HandRating>> out = new HashMap<>();
        if (accountIds.isPresent() && accountIds.get().isEmpty()) return out;
        var query = jdbc.sql("select account_id, criterion_key, score, note, rated_by_id, rated_by, rated_at from scoring_rating"
                + (accountIds.isPresent() ? " where account_id in (:accounts)" : ""));
        if (accountIds.isPresent()) query = query.param("accounts", accountIds.get());
        query.query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), handRating(rs)))
                .list();
        return out;
    }

    private static HandRating handRating(ResultSet rs) throws SQLException {
        return new HandRating(rs.getString(2), rs.getBigDecimal(3).stripTrailingZeros(), rs.getString(4),
                (Long) rs.getObject(5, Long.class), rs.getString(6), rs.getObject(7, OffsetDateTime.class));
    }

    void saveRating(long accountId, String key, BigDecimal score, String note, long userId, String userName) {
        OffsetDateTime now = Audit.now();
        String by = Audit.actor();
        int updated = jdbc.sql("""
                update scoring_rating set score = :score, note = :note, rated_by_id = :user, rated_by = :name,
                       rated_at = :now, version = version + 1, updated_at = :now, updated_by = :by
                 where account_id = :account and criterion_key = :key""")
                .param("score", score).param("note", note).param("user", userId).param("name", userName)
                .param("now", now).param("by", by).param("account", accountId).param("key", key).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into scoring_rating (account_id, criterion_key, score, note, rated_by_id, rated_by, rated_at,
                                                version, created_at, created_by, updated_at, updated_by)
                    values (:account, :key, :score, :note, :user, :name, :now, 0, :now, :by, :now, :by)""")
                    .param("score", score).param("note", note).param("user", userId).param("name", userName)
                    .param("now", now).param("by", by).param("account", accountId).param("key", key).update();
        }
    }

    void deleteRating(long accountId, String key) {
        jdbc.sql("delete from scoring_rating where account_id = :account and criterion_key = :key")
                .param("account", accountId).param("key", key).update();
    }

    // --- snapshots ---

    boolean isMonthTaken(String period) {
        return jdbc.sql("select count(*) from scoring_snapshot_month where period = :period").param("period", period)
                .query(Long.class).single() > 0;
    }

    /** Claims the month's snapshot for this run; a DuplicateKeyException when another run claimed it. */
    void claimMonth(String period, String takenBy) {
        jdbc.sql("insert into scoring_snapshot_month (period, taken_at, taken_by) values (:period, :at, :by)")
                .param("period", period).param("at", Audit.now()).param("by", takenBy).update();
    }

    void recordMonth(String period, int accounts) {
        jdbc.sql("update scoring_snapshot_month set accounts = :accounts where period = :period")
                .param("accounts", accounts).param("period", period).update();
    }

    void insertSnapshot(long accountId, int modelVersion, BigDecimal attractiveness, BigDecimal strength,
            Segment segment, BigDecimal ttmRevenue, SnapshotKind kind, OffsetDateTime takenAt) {
        OffsetDateTime now = Audit.now();
        jdbc.sql("""
                insert into scoring_snapshot (account_id, model_id, attractiveness, strength, segment, ttm_revenue, kind,
                                              taken_at, version, created_at, created_by, updated_at, updated_by)
                values (:account, :model, :att, :str, :segment, :ttm, :kind, :taken, 0, :now, :by, :now, :by)""")
                .param("account", accountId).param("model", modelVersion).param("att", attractiveness)
                .param("str", strength).param("segment", segment == null ? null : segment.name())
                .param("ttm", ttmRevenue).param("kind", kind.name()).param("taken", takenAt)
                .param("now", now).param("by", Audit.actor()).update();
    }

    private static final String SNAPSHOT = """
            select s.id, s.account_id, s.model_id, s.attractiveness, s.strength, s.segment, s.ttm_revenue, s.kind,
                   s.taken_at, s.created_by from scoring_snapshot s
            """;

    private static Snapshot snapshot(ResultSet rs) throws SQLException {
        String segment = rs.getString(6);
        return new Snapshot(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                segment == null ? null : Segment.valueOf(segment), rs.getBigDecimal(7), SnapshotKind.valueOf(rs.getString(8)),
                rs.getObject(9, OffsetDateTime.class), rs.getString(10));
    }

    /** The latest snapshot of each of the accounts (every account when empty). */
    Map<Long, Snapshot> latestSnapshots(Optional<? extends Collection<Long>> accountIds) {
        Map<Long, Snapshot> out = new HashMap<>();
        if (accountIds.isPresent() && accountIds.get().isEmpty()) return out;
        var query = jdbc.sql(SNAPSHOT + """
                 where s.id = (select max(t.id) from scoring_snapshot t where t.account_id = s.account_id)"""
                + (accountIds.isPresent() ? " and s.account_id in (:accounts)" : ""));
        if (accountIds.isPresent()) query = query.param("accounts", accountIds.get());
        query.query((rs, n) -> out.put(rs.getLong(2), snapshot(rs))).list();
        return out;
    }

    /** Snapshots newest first, of one account (when given) among the visible ones (all when empty). */
    List<Snapshot> snapshots(Long accountId, Optional<? extends Collection<Long>> visible, PageQuery page) {
        if (visible.isPresent() && visible.get().isEmpty()) return List.of();
        var query = jdbc.sql(SNAPSHOT + " where 1 = 1" + (accountId != null ? " and s.account_id = :account" : "")
                + (visible.isPresent() ? " and s.account_id in (:accounts)" : "")
                + " order by s.taken_at desc, s.id desc limit :limit offset :offset")
                .param("limit", page.size()).param("offset", page.offset());
        if (accountId != null) query = query.param("account", accountId);
        if (visible.isPresent()) query = query.param("accounts", visible.get());
        return new ArrayList<>(query.query((rs, n) -> snapshot(rs)).list());
    }

    long countSnapshots(Long accountId, Optional<? extends Collection<Long>> visible) {
        if (visible.isPresent() && visible.get().isEmpty()) return 0;
        var query = jdbc.sql("select count(*) from scoring_snapshot s where 1 = 1"
                + (accountId != null ? " and s.account_id = :account" : "")
                + (visible.isPresent() ? " and s.account_id in (:accounts)" : ""));
        if (accountId != null) query = query.param("account", accountId);
        if (visible.isPresent()) query = query.param("accounts", visible.get());
        return query.query(Long.class).single();
    }
}
