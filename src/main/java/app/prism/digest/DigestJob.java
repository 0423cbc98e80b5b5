package app.prism.digest;

import java.time.Clock;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks every few minutes ({@code prism.digest.tick}, a cron; "-" switches it off) whether this week's digest is due.
 * The ShedLock database lock makes one instance do it when several share the database.
 */
@Component
class DigestJob {

    private final DigestService digests;
    private final Clock clock;
    /** How many times this instance ran the job (it skips a tick while another instance holds the lock). */
    private final java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();

    DigestJob(DigestService digests, Optional<Clock> clock) {
        this.digests = digests;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(cron = "${prism.digest.tick:0 */5 * * * *}", zone = "UTC")
    @SchedulerLock(name = "weekly-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
    public void tick() {
        runs.incrementAndGet();
        digests.run(clock.instant(), false);
    }

    public int runs() {
        return runs.get();
    }
}
