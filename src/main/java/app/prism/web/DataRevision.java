package app.prism.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database-wide revision of everything computed figures are made of. Writers call {@link #bump()} inside their
 * transaction; readers cache results under {@link #current()}. Because the counter lives in the database, a write on
 * one instance invalidates the caches of all instances, and a rolled-back write invalidates nothing.
 */
@Component
public class DataRevision {

    private final JdbcClient jdbc;

    DataRevision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the data as changed; joins the caller's transaction (or runs in its own when there is none). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void bump() {
        jdbc.sql("update data_revision set revision = revision + 1 where id = 1").update();
    }

    public long current() {
        return jdbc.sql("select revision from data_revision where id = 1").query(Long.class).single();
    }
}
