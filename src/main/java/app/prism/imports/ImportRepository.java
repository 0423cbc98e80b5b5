package app.prism.imports;

import app.prism.web.Audit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The import tables: runs, their uploaded bytes in chunks, and the changes a commit made. */
@Repository
class ImportRepository {

    static final int CHUNK = 1 << 20;

    record RunRow(long id, String status, String preset, String recordType, String fileName, long fileSize,
            Long accountId, String optionsJson, String mappingJson, String resultJson, long rowsDone, Long rowsTotal,
            String phase, OffsetDateTime committedAt, String committedBy, OffsetDateTime undoneAt, String undoneBy,
            long version, OffsetDateTime createdAt, String createdBy) {}

    record ChangeRow(long id, String recordType, long recordId, String action, long versionAfter, String beforeJson) {}

    private static final String RUN_COLUMNS = """
            id, status, preset, record_type, file_name, file_size, account_id, options_json, mapping_json, result_json,
            rows_done, rows_total, phase, committed_at, committed_by, undone_at, undone_by, version, created_at,
            created_by""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    private volatile Boolean postgres;

    ImportRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * On PostgreSQL, the rest of this transaction plans every statement for its actual parameters (a custom plan).
     * An import looks up each chunk's external ids (an array of up to 1,000) in tables it is filling in the same
     * transaction. After five executions PostgreSQL may switch a prepared statement to its generic plan, made and
     * cached while the table was still empty: a sequential scan that compares each row with every element of the
     * array parameter one by one — 0.3 to 0.7 s a chunk at 10,000 rows, and a large import quadratic. Planned for the
     * actual array, the same look-up probes the index or hashes the array. Everything an import runs is small, so
     * planning each statement costs little. H2 has no such setting (and no such planner).
     */
    void planForLookups() {
        if (isPostgres()) template.execute("set local plan_cache_mode = force_custom_plan");
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equals(template.execute(
                    (org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData()
                            .getDatabaseProductName()));
            postgres = known;
        }
        return known;
    }

    long insertRun(String preset, String type, String fileName, long size, Long accountId, String optionsJson,
            String mappingJson) {
        var keys = new GeneratedKeyHolder();
        var now = Audit.now();
        jdbc.sql("""
                insert into import_run (status, preset, record_type, file_name, file_size, account_id, options_json,
                                        mapping_json, rows_done, phase, version, created_at, created_by, updated_at,
                                        updated_by)
                values ('RUNNING', :preset, :type, :file, :size, :account, :options, :mapping, 0, 'reading', 0, :now,
                        :by, :now, :by)""")
                .param("preset", preset).param("type", type).param("file", fileName).param("size", size)
                .param("account", accountId).param("options", optionsJson).param("mapping", mappingJson)
                .param("now", now).param("by", Audit.actor()).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Stores the upload in chunks of {@value #CHUNK} bytes, never the whole file in memory. */
    void storeFile(long importId, InputStream in) {
        try {
            byte[] buffer = new byte[CHUNK];
            int seq = 0;
            while (true) {
                int n = in.readNBytes(buffer, 0, CHUNK);
                if (n <= 0) break;
                byte[] data = n == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, n);
                template.update("insert into import_chunk (import_id, seq, data) values (?, ?, ?)", importId, seq++,
                        data);
                if (n < CHUNK) break;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the stored upload to {@code out}, chunk by chunk. */
    void copyFile(long importId, OutputStream out) {
        List<Integer> seqs = jdbc.sql("select seq from import_chunk where import_id = :id order by seq")
                .param("id", importId).query(Integer.class).list();
        for (int seq : seqs) {
            byte[] data = jdbc.sql("select data from import_chunk where import_id = :id and seq = :seq")
                    .param("id", importId).param("seq", seq).query(byte[].class).single();
            try {
                out.write(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Optional<RunRow> findRun(long id) {
        return jdbc.sql("select " + RUN_COLUMNS + " from import_run where id = :id").param("id", id)
                .query(RunRow.class).optional();
    }

    List<RunRow> runs(String createdBy, int limit, int offset) {
        return jdbc.sql("select " + RUN_COLUMNS + " from import_run where (cast(:by as varchar(320)) is null or created_by = :by)"
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .param("by", createdBy).param("limit", limit).param("offset", offset).query(RunRow.class).list();
    }

    long countRuns(String createdBy) {
        return jdbc.sql("select count(*) from import_run where (cast(:by as varchar(320)) is null or created_by = :by)")
                .param("by", createdBy).query(Long.class).single();
    }

    record Progress(long rowsDone, String phase) {
        boolean running() {
            return phase != null;
        }
    }

    /**
     * How far a run is, in a table of its own: the running commit holds a lock on its {@code import_run} row, and a
     * separate transaction writes the progress beside it. {@code phase} null: nothing is running.
     */
    void progress(long id, long rowsDone, String phase) {
        int n = jdbc.sql("update import_progress set rows_done = :n, phase = :phase, updated_at = :now"
                        + " where import_id = :id").param("n", rowsDone).param("phase", phase)
                .param("now", Audit.now()).param("id", id).update();
        if (n == 0) {
            jdbc.sql("insert into import_progress (import_id, rows_done, phase, updated_at) values (:id, :n, :phase, :now)")
                    .param("id", id).param("n", rowsDone).param("phase", phase).param("now", Audit.now()).update();
        }
    }

    Optional<Progress> progressOf(long id) {
        return jdbc.sql("select rows_done, phase from import_progress where import_id = :id").param("id", id)
                .query(Progress.class).optional();
    }

    /** Locks the run's row for the caller's transaction and answers its status. */
    String lockRun(long id) {
        return jdbc.sql("select status from import_run where id = :id for update").param("id", id)
                .query(String.class).single();
    }

    void finish(long id, String status, String resultJson, long rowsDone) {
        jdbc.sql("""
                update import_run set status = :status, result_json = :result, rows_done = :n, rows_total = :n,
                       phase = null, version = version + 1, updated_at = :now, updated_by = :by where id = :id""")
                .param("status", status).param("result", resultJson).param("n", rowsDone).param("now", Audit.now())
                .param("by", Audit.actor()).param("id", id).update();
    }

    void committed(long id, String resultJson, long rowsDone) {
        jdbc.sql("""
                update import_run set status = 'COMMITTED', result_json = :result, rows_done = :n, rows_total = :n,
                       phase = null, committed_at = :now, committed_by = :by, version = version + 1,
                       updated_at = :now, updated_by = :by where id = :id""")
                .param("result", resultJson).param("n", rowsDone).param("now", Audit.now())
                .param("by", Audit.actor()).param("id", id).update();
    }

    void undone(long id) {
        jdbc.sql("""
                update import_run set status = 'UNDONE', undone_at = :now, undone_by = :by, version = version + 1,
                       updated_at = :now, updated_by = :by where id = :id""")
                .param("now", Audit.now()).param("by", Audit.actor()).param("id", id).update();
    }

    /** A change to record for undo: what {@link #insertChanges} stores in one JDBC batch. */
    record NewChange(RecordType type, long recordId, String action, long versionAfter, String beforeJson) {}

    void insertChanges(long importId, List<NewChange> changes) {
        if (changes.isEmpty()) return;
        template.batchUpdate("""
                insert into import_change (import_id, record_type, record_id, action, version_after, before_json)
                values (?, ?, ?, ?, ?, ?)""", changes, changes.size(), (ps, c) -> {
            ps.setLong(1, importId);
            ps.setString(2, c.type().name());
            ps.setLong(3, c.recordId());
            ps.setString(4, c.action());
            ps.setLong(5, c.versionAfter());
            ps.setString(6, c.beforeJson());
        });
    }

    List<ChangeRow> changes(long importId) {
        return jdbc.sql("""
                select id, record_type, record_id, action, version_after, before_json from import_change
                 where import_id = :i order by id""").param("i", importId).query(ChangeRow.class).list();
    }

    /** Whether a later import (not undone) changed this record after {@code importId} did. */
    boolean changedByLaterImport(long importId, RecordType type, long recordId) {
        return jdbc.sql("""
                select count(*) from import_change c join import_run r on r.id = c.import_id
                 where c.record_type = :t and c.record_id = :r and c.import_id > :i and r.status = 'COMMITTED'""")
                .param("t", type.name()).param("r", recordId).param("i", importId).query(Long.class).single() > 0;
    }

    void storeRejected(long importId, byte[] csv) {
        jdbc.sql("delete from import_chunk where import_id = :id and seq < 0").param("id", importId).update();
        template.update("insert into import_chunk (import_id, seq, data) values (?, -1, ?)", importId, csv);
    }

    Optional<byte[]> rejected(long importId) {
        return jdbc.sql("select data from import_chunk where import_id = :id and seq = -1").param("id", importId)
                .query(byte[].class).optional();
    }
}
