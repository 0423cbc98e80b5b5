package app.prism.scoring;

import app.prism.identity.Role;
import app.prism.identity.SystemSignIn;
import app.prism.identity.UserService;
import app.prism.identity.UserView;
import java.util.Comparator;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes the monthly snapshot of every account's scores and segment (by default at 02:00 UTC on the first of the
 * month), once across all instances: the lock is held at least 30 minutes, so an instance whose clock is a little late
 * does not take a second one. It runs as the oldest active administrator, who sees every account.
 */
@Component
public class MonthlySnapshot {

    private static final Logger log = LoggerFactory.getLogger(MonthlySnapshot.class);

    private final ScoringService scoring;
    private final SystemSignIn signIn;
    private final UserService users;

    MonthlySnapshot(ScoringService scoring, SystemSignIn signIn, UserService users) {
        this.scoring = scoring;
        this.signIn = signIn;
        this.users = users;
    }

    @Scheduled(cron = "${prism.scoring.snapshot-cron:0 0 2 1 * *}", zone = "UTC")
    @SchedulerLock(name = "scoring-monthly-snapshot", lockAtLeastFor = "PT30M", lockAtMostFor = "PT2H")
    public void takeMonthlySnapshot() {
        var admin = users.activeUsers().stream().filter(u -> u.role() == Role.ADMIN).min(Comparator.comparingLong(UserView::id));
        if (admin.isEmpty()) {
            log.warn("Monthly scoring snapshot skipped: there is no active administrator to take it as.");
            return;
        }
        ScoringService.SnapshotRun run = signIn.asUser(admin.get().email(), () -> scoring.takeSnapshots(SnapshotKind.MONTHLY));
        log.info("Monthly scoring snapshot: {} accounts under model version {}.", run.accounts(), run.modelVersion());
    }
}
