package app.prism.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /**
     * Marks the data as changed; joins the caller's transaction (or runs in its own when there is none). Inside a
     * transaction the counter moves once, just before it commits, however many writes it made: an import of 100,000
     * records updating the one counter row 100,000 times would pile up that many row versions in PostgreSQL. (Doing it
     * at the end also survives a savepoint rolled back after the first write.)
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void bump() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            increment();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) return;
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                increment();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(DataRevision.this);
            }
        });
    }

    private void increment() {
        jdbc.sql("update data_revision set revision = revision + 1 where id = 1").update();
    }

    public long current() {
        return jdbc.sql("select revision from data_revision where id = 1").query(Long.class).single();
    }
}
