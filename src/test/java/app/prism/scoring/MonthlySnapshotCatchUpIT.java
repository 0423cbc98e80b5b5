package app.prism.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.identity.SystemSignIn;
import app.prism.identity.UserService;
import app.prism.support.IntegrationTest;
import app.prism.support.TestDatabase;
import app.prism.web.InstanceName;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly portfolio snapshot catches up: a month whose due moment (02:00 UTC on the first) passed while no
 * instance was up is taken on the next tick, once, however many runners try at the same moment. Runs over a database
 * of its own so that it knows every account a snapshot covers. The clock is injected.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MonthlySnapshotCatchUpIT extends IntegrationTest {

    private static final String DATABASE = TestDatabase.newDatabase("snapshot_catch_up");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        // the pool's own URL: IntegrationTest's spring.datasource.url may be registered after this method runs
        registry.add("spring.datasource.hikari.jdbc-url", () -> DATABASE);
    }

    @Autowired ScoringService scoring;
    @Autowired ScoringRepository repository;
    @Autowired SystemSignIn signIn;
    @Autowired UserService users;
    @Autowired InstanceName instance;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired LockProvider lockProvider;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void twoAccounts() {
        if (count("select count(*) from account") == 0) {
            admin().createAccount("Snapshot one ");
            admin().createAccount("Snapshot two ");
        }
    }

    private MonthlySnapshot runnerAt(String instant) {
        return new MonthlySnapshot(scoring, repository, signIn, users, instance, transactionManager,
                Optional.of(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)), 2);
    }

    @Test
    void aMonthNoInstanceWasUpForIsTakenOnTheNextTickOnce() {
        long before = monthlySnapshots();
        runnerAt("2091-03-01T01:59:00Z").takeMonthlySnapshot();
        assertThat(monthlySnapshots() - before).as("before 02:00 on the first nothing is due").isZero();

        // Nobody was up on 1 March; the first tick on the 17th takes March.
        runnerAt("2091-03-17T10:20:00Z").takeMonthlySnapshot();
        assertThat(monthlySnapshots() - before).as("one snapshot of each account").isEqualTo(2);
        assertThat(jdbc.sql("select taken_by from scoring_snapshot_month where period = '2091-03'").query(String.class)
                .single()).isEqualTo(instance.value());

        runnerAt("2091-03-17T10:30:00Z").takeMonthlySnapshot();
        runnerAt("2091-03-31T23:59:00Z").takeMonthlySnapshot();
        assertThat(monthlySnapshots() - before).as("March is not taken twice").isEqualTo(2);

        runnerAt("2091-04-01T02:00:00Z").takeMonthlySnapshot();
        assertThat(monthlySnapshots() - before).as("April at its time").isEqualTo(4);
    }

    @Test
    void twoRunnersAtTheSameMomentTakeTheMonthOnce() throws Exception {
        long before = monthlySnapshots();
        List<MonthlySnapshot> runners = List.of(runnerAt("2092-05-09T08:00:00Z"), runnerAt("2092-05-09T08:00:00Z"));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Optional<ScoringService.SnapshotRun>>> runs = new ArrayList<>();
        for (MonthlySnapshot runner : runners) {
            runs.add(pool.submit(() -> {
                go.await();
                return runner.catchUp();
            }));
        }
        go.countDown();
        int taken = 0;
        for (var run : runs) if (run.get(120, TimeUnit.SECONDS).isPresent()) taken++;
        pool.shutdown();

        assertThat(taken).as("runners that took May").isEqualTo(1);
        assertThat(monthlySnapshots() - before).isEqualTo(2);
        assertThat(count("select count(*) from scoring_snapshot_month where period = '2092-05'")).isEqualTo(1);
    }

    @Test
    void theSchedulerLockNamesHostPortAndProcess() throws Exception {
        String name = "locked-by-" + System.nanoTime();
        Optional<SimpleLock> lock = lockProvider.lock(new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1),
                Duration.ZERO));
        assertThat(lock).isPresent();
        try {
            String lockedBy = jdbc.sql("select locked_by from shedlock where name = :name").param("name", name)
                    .query(String.class).single();
            assertThat(lockedBy).isEqualTo(InetAddress.getLocalHost().getHostName() + ":" + port + ":"
                    + ProcessHandle.current().pid());
        } finally {
            lock.get().unlock();
        }
    }

    private long monthlySnapshots() {
        return count("select count(*) from scoring_snapshot where kind = 'MONTHLY'");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
