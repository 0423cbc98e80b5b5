package app.prism.web;

import java.sql.DatabaseMetaData;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Ids taken from a table's identity sequence in blocks, so that an import can give its new records their ids at once
 * and insert them later in one JDBC batch (one round trip for a thousand rows instead of one a row, the id read back).
 *
 * <p>On PostgreSQL the block comes from the column's own sequence ({@code pg_get_serial_sequence}), so ids taken here
 * never clash with the ones the database gives itself; ids of a rolled-back import are skipped, as sequences are.
 * H2 has no way to name an identity column's sequence: there {@link #next} answers null and callers insert row by
 * row as before.
 */
@Component
public class IdBlocks {

    private final JdbcTemplate template;
    private volatile Boolean postgres;

    IdBlocks(JdbcTemplate template) {
        this.template = template;
    }

    /** {@code n} unused ids of {@code table}'s {@code id} column, or null where the database cannot hand them out. */
    public long[] next(String table, int n) {
        if (!isPostgres()) return null;
        List<Long> ids = template.queryForList(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", Long.class, table, n);
        long[] out = new long[ids.size()];
        for (int i = 0; i < out.length; i++) out[i] = ids.get(i);
        return out;
    }

    /** One table's ids handed out one at a time, fetched {@value #BLOCK} at a time. */
    public final class Ids {
        private static final int BLOCK = 1000;
        private final String table;
        private final java.util.ArrayDeque<Long> free = new java.util.ArrayDeque<>();
        private boolean unavailable;

        private Ids(String table) {
            this.table = table;
        }

        /** The next unused id, or null where the database cannot hand them out (then insert as usual). */
        public Long next() {
            if (unavailable) return null;
            if (free.isEmpty()) {
                long[] ids = IdBlocks.this.next(table, BLOCK);
                if (ids == null) {
                    unavailable = true;
                    return null;
                }
                for (long i : ids) free.add(i);
            }
            return free.poll();
        }
    }

    /** A fresh hand-out of {@code table}'s ids (one per batch: ids left over are skipped, as sequences do). */
    public Ids of(String table) {
        return new Ids(table);
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            try {
                known = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(template.getDataSource(),
                        DatabaseMetaData::getDatabaseProductName));
            } catch (MetaDataAccessException e) {
                known = false;
            }
            postgres = known;
        }
        return known;
    }
}
