package app.prism.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The data revision moves once per committed transaction, however many writes it made, and not at all on rollback. */
class DataRevisionIT extends IntegrationTest {

    @Autowired
    DataRevision revision;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aTransactionMovesTheRevisionOnceAndARolledBackOneNotAtAll() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long before = revision.current();

        tx.executeWithoutResult(s -> {
            revision.bump();
            revision.bump();
            revision.bump();
        });
        assertThat(revision.current()).isEqualTo(before + 1);

        tx.executeWithoutResult(s -> {
            revision.bump();
            s.setRollbackOnly();
        });
        assertThat(revision.current()).isEqualTo(before + 1);

        tx.executeWithoutResult(s -> {
            Object savepoint = s.createSavepoint();
            revision.bump();
            s.rollbackToSavepoint(savepoint); // the first write undone: the revision still moves at commit
        });
        assertThat(revision.current()).isEqualTo(before + 2);

        revision.bump(); // no transaction around it: its own
        assertThat(revision.current()).isEqualTo(before + 3);
    }

    @Test
    void anAccountsRevisionMovesOncePerCommitAndLeavesOtherAccountsAndTheDatabaseWideOneAlone() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long a = 9_000_000_000L + System.nanoTime() % 1_000_000;
        long b = a + 1;
        var before = revision.of(a);
        var otherBefore = revision.of(b);

        tx.executeWithoutResult(s -> {
            revision.bumpAccount(a);
            revision.bumpAccounts(java.util.List.of(a, a));
        });
        assertThat(revision.of(a).account()).isEqualTo(before.account() + 1);
        assertThat(revision.of(b)).isEqualTo(otherBefore);
        assertThat(revision.allAccounts()).containsEntry(a, before.account() + 1);

        tx.executeWithoutResult(s -> {
            revision.bumpAccount(a);
            s.setRollbackOnly();
        });
        assertThat(revision.of(a).account()).isEqualTo(before.account() + 1);

        tx.executeWithoutResult(s -> {
            revision.bumpAccounts(java.util.List.of(b, a));
            assertThat(revision.writtenInThisTransaction()).isTrue();
        });
        assertThat(revision.of(a).account()).isEqualTo(before.account() + 2);
        assertThat(revision.of(b).account()).isEqualTo(otherBefore.account() + 1);
    }
}
