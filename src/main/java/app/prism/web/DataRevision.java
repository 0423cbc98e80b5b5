package app.prism.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The revisions of everything computed figures are made of: one database-wide ({@link #bump()}: the product catalogue,
 * settings, anything that changes every account's figures) and one per account ({@link #bumpAccount}: a write to that
 * account's sales, units, contacts, pipeline …). Writers call them inside their transaction; readers cache an
 * account's figures under {@link #of(long)}, both counters together, so a write to one account leaves the others'
 * cached figures valid. Because the counters live in the database, a write on one instance invalidates the caches of
 * all instances, and a rolled-back write invalidates nothing.
 */
@Component
public class DataRevision {

    /** The revision an account's figures were computed from: the database-wide one and the account's own. */
    public record AccountRevision(long global, long account) {}

    private final JdbcClient jdbc;

    DataRevision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a transaction has changed so far; written once, just before it commits. */
    private static final class Pending {
        boolean global;
        final TreeSet<Long> accounts = new TreeSet<>();
        /** No transaction to wait for (called without the proxy's): written at once. */
        boolean now;
    }

    /**
     * Marks every account's figures as changed; joins the caller's transaction (or runs in its own when there is none).
     * Inside a transaction the counter moves once, just before it commits, however many writes it made: an import of
     * 100,000 records updating the one counter row 100,000 times would pile up that many row versions in PostgreSQL.
     * (Doing it at the end also survives a savepoint rolled back after the first write.)
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void bump() {
        Pending p = pending();
        p.global = true;
        if (p.now) write(p);
    }

    /** Marks one account's figures as changed, at commit as {@link #bump()}; the other accounts' stay valid. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void bumpAccount(long accountId) {
        Pending p = pending();
        p.accounts.add(accountId);
        if (p.now) write(p);
    }

    /** {@link #bumpAccount} for several accounts at once (a merge changes two). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void bumpAccounts(Collection<Long> accountIds) {
        Pending p = pending();
        p.accounts.addAll(accountIds);
        if (p.now) write(p);
    }

    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            Pending now = new Pending();
            now.now = true;
            return now;
        }
        if (TransactionSynchronizationManager.getResource(this) instanceof Pending p) return p;
        Pending p = new Pending();
        TransactionSynchronizationManager.bindResource(this, p);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                write(p);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(DataRevision.this);
            }
        });
        return p;
    }

    private void write(Pending p) {
        if (p.global) jdbc.sql("update data_revision set revision = revision + 1 where id = 1").update();
        // In id order, so two transactions bumping the same two accounts (merges) cannot deadlock.
        for (long account : p.accounts) {
            jdbc.sql("insert into account_revision (account_id, revision) values (:a, 0) on conflict do nothing")
                    .param("a", account).update();
            jdbc.sql("update account_revision set revision = revision + 1 where account_id = :a")
                    .param("a", account).update();
        }
    }

    /**
     * Whether the current transaction has written something a revision will be bumped for: what it reads then is not
     * yet under any revision, and must not be cached.
     */
    public boolean writtenInThisTransaction() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getResource(this) instanceof Pending;
    }

    /** The database-wide revision. */
    public long current() {
        return jdbc.sql("select revision from data_revision where id = 1").query(Long.class).single();
    }

    /** Both revisions an account's figures depend on, read together. */
    public AccountRevision of(long accountId) {
        return jdbc.sql("""
                select d.revision, coalesce((select r.revision from account_revision r where r.account_id = :a), 0)
                  from data_revision d where d.id = 1""")
                .param("a", accountId)
                .query((rs, n) -> new AccountRevision(rs.getLong(1), rs.getLong(2))).single();
    }

    /**
     * The revision of every account that was ever written (an account absent has revision 0), and under the key
     * {@code -1} the database-wide one: one read, for figures made of every account's data.
     */
    public Map<Long, Long> allAccounts() {
        Map<Long, Long> out = new HashMap<>();
        List<long[]> rows = jdbc.sql("""
                select -1, revision from data_revision where id = 1
                union all select account_id, revision from account_revision""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        rows.forEach(r -> out.put(r[0], r[1]));
        return out;
    }
}
