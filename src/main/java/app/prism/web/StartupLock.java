package app.prism.web;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up work that must happen once however many instances start together on one database (the first administrator,
 * the demo data): it runs in one transaction that first locks the one row of {@code startup_lock} (V31). A second
 * instance waits for the first to commit and then finds the work done. Works on PostgreSQL and H2 alike.
 */
@Component
public class StartupLock {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    StartupLock(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Runs {@code work} in a transaction holding the start-up lock; what it wrote commits before the lock is let go. */
    public <T> T whileHolding(Supplier<T> work) {
        return transaction.execute(status -> {
            jdbc.sql("select name from startup_lock where name = 'startup' for update").query(String.class).single();
            return work.get();
        });
    }

}
