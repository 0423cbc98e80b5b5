package app.prism.scoring;

import app.prism.identity.Role;
import app.prism.identity.SystemSignIn;
import app.prism.identity.UserService;
import app.prism.identity.UserView;
import app.prism.web.InstanceName;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly snapshot of every account's scores and segment, due from 02:00 UTC on the first of the month
 * ({@code prism.scoring.snapshot-hour-utc}). Every few minutes ({@code prism.scoring.snapshot-tick}, a cron; "-"
 * switches it off) an instance checks whether this month's snapshot was taken, and takes it if not, so a month no
 * instance was up for at its time is caught up on the next tick. Once per month across all instances: the month is
 * claimed in {@code scoring_snapshot_month} in the same transaction as the snapshots (one claim wins; a run that fails
 * leaves it unclaimed for the next tick), and ShedLock keeps the other instances from even trying at the same moment.
 * It runs as the oldest active administrator, who sees every account.
 */
@Component
public class MonthlySnapshot {

    private static final Logger log = LoggerFactory.getLogger(MonthlySnapshot.class);

    private final ScoringService scoring;
    private final ScoringRepository repository;
    private final SystemSignIn signIn;
    private final UserService users;
    private final InstanceName instance;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int dueHourUtc;

    MonthlySnapshot(ScoringService scoring, ScoringRepository repository, SystemSignIn signIn, UserService users,
            InstanceName instance, PlatformTransactionManager transactionManager, Optional<Clock> clock,
            @Value("${prism.scoring.snapshot-hour-utc:2}") int dueHourUtc) {
        if (dueHourUtc < 0 || dueHourUtc > 23) {
            throw new IllegalArgumentException("prism.scoring.snapshot-hour-utc must be 0..23, not " + dueHourUtc);
        }
        this.scoring = scoring;
        this.repository = repository;
        this.signIn = signIn;
        this.users = users;
        this.instance = instance;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock.orElse(Clock.systemUTC());
        this.dueHourUtc = dueHourUtc;
    }

    /** The scheduled tick: takes this month's snapshot when it is due and not taken yet. */
    @Scheduled(cron = "${prism.scoring.snapshot-tick:0 */10 * * * *}", zone = "UTC")
    @SchedulerLock(name = "scoring-monthly-snapshot", lockAtLeastFor = "PT30S", lockAtMostFor = "PT2H")
    public void takeMonthlySnapshot() {
        catchUp();
    }

    /**
     * Takes the snapshot of the clock's month if it is due and no run took it yet; empty when there was nothing to
     * do. Safe to call from several instances at once: one takes the month.
     */
    public Optional<ScoringService.SnapshotRun> catchUp() {
        Instant now = clock.instant();
        YearMonth month = YearMonth.from(now.atZone(ZoneOffset.UTC));
        Instant due = month.atDay(1).atTime(dueHourUtc, 0).toInstant(ZoneOffset.UTC);
        String period = month.toString();
        if (now.isBefore(due) || repository.isMonthTaken(period)) return Optional.empty();
        Optional<UserView> admin = users.activeUsers().stream().filter(u -> u.role() == Role.ADMIN)
                .min(Comparator.comparingLong(UserView::id));
        if (admin.isEmpty()) {
            log.warn("Monthly scoring snapshot {} not taken: there is no active administrator to take it as.", period);
            return Optional.empty();
        }
        ScoringService.SnapshotRun run;
        try {
            run = signIn.asUser(admin.get().email(), () -> transaction.execute(status -> {
                repository.claimMonth(period, instance.value());
                ScoringService.SnapshotRun taken = scoring.takeSnapshots(SnapshotKind.MONTHLY);
                repository.recordMonth(period, taken.accounts());
                return taken;
            }));
        } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
            log.debug("Monthly scoring snapshot {} is taken by another run", period);
            return Optional.empty();
        }
        log.info("Monthly scoring snapshot {}{}: {} accounts under model version {}.", period,
                now.isAfter(due.plusSeconds(3600)) ? " (caught up)" : "", run.accounts(), run.modelVersion());
        return Optional.of(run);
    }
}
