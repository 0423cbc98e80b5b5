package app.prism.insight;

import app.prism.identity.Role;
import app.prism.identity.SystemSignIn;
import app.prism.identity.UserService;
import app.prism.identity.UserView;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The monthly refit of the learned cross-sell ranking, as the scoring snapshot does it: every few minutes
 * ({@code prism.insight.refit-tick}, a cron; "-" switches it off) an instance checks whether this month's model was
 * fitted, and fits it if not, so a month no instance was up for is caught up. Once per month across instances: the
 * model version claims its month (a unique column; one insert wins), and ShedLock keeps the others from trying at the
 * same moment. It runs as the oldest active administrator. Nothing is stored while the history is too short.
 */
@Component
public class MonthlyRefit {

    private static final Logger log = LoggerFactory.getLogger(MonthlyRefit.class);

    private final InsightService insight;
    private final SystemSignIn signIn;
    private final UserService users;
    private final Clock clock;

    MonthlyRefit(InsightService insight, SystemSignIn signIn, UserService users, Optional<Clock> clock) {
        this.insight = insight;
        this.signIn = signIn;
        this.users = users;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(cron = "${prism.insight.refit-tick:0 5/10 * * * *}", zone = "UTC")
    @SchedulerLock(name = "insight-monthly-refit", lockAtLeastFor = "PT30S", lockAtMostFor = "PT2H")
    public void refitMonthly() {
        catchUp();
    }

    /** Fits this month's model unless one was fitted for it; empty when there was nothing to do. */
    public Optional<ModelVersion> catchUp() {
        String period = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)).toString();
        if (insight.isMonthTaken(period)) return Optional.empty();
        Optional<UserView> admin = users.activeUsers().stream().filter(u -> u.role() == Role.ADMIN)
                .min(Comparator.comparingLong(UserView::id));
        if (admin.isEmpty()) return Optional.empty();
        try {
            Optional<ModelVersion> fitted = signIn.asUser(admin.get().email(),
                    () -> insight.refit("monthly refit", period));
            fitted.ifPresentOrElse(v -> log.info("Cross-sell ranking refitted for {}: model version {}", period, v.id()),
                    () -> log.debug("Cross-sell ranking not refitted for {}: the history is too short", period));
            return fitted;
        } catch (DuplicateKeyException e) {
            log.debug("Cross-sell ranking for {} was fitted by another instance", period);
            return Optional.empty();
        }
    }
}
