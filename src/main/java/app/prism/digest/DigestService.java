package app.prism.digest;

import app.prism.identity.CurrentUser;
import app.prism.identity.SystemSignIn;
import app.prism.identity.UserService;
import app.prism.identity.UserView;
import app.prism.web.Forbidden;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The weekly digest: composes each user's digest once per period from the {@link DigestContributor}s, keeps it in the
 * inbox, and mails it when mail is configured. A failed send is retried on the next run (at most {@link #MAX_ATTEMPTS}
 * tries); a digest is claimed before it is sent, so no two runs send the same one.
 */
@Service
public class DigestService {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(DigestService.class);

    /** What one run did. */
    public record RunResult(String period, boolean due, int composed, int sent, int failed) {}

    public record Schedule(boolean enabled, int dayOfWeek, int hourUtc, long version) {}

    private final DigestRepository digests;
    private final List<DigestContributor> contributors;
    private final UserService users;
    private final CurrentUser currentUser;
    private final SystemSignIn signIn;
    private final DigestMailer mailer;
    private final JsonMapper json;
    private final Clock clock;

    DigestService(DigestRepository digests, List<DigestContributor> contributors, UserService users,
            CurrentUser currentUser, SystemSignIn signIn, DigestMailer mailer, JsonMapper json, Optional<Clock> clock) {
        this.digests = digests;
        this.contributors = contributors;
        this.users = users;
        this.currentUser = currentUser;
        this.signIn = signIn;
        this.mailer = mailer;
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- the run ----

    /**
     * Composes the digests of {@code now}'s period for every active user who has none yet, when the period is due (or
     * {@code force}), then mails the pending ones. Safe to call from several instances at once: composing is guarded by
     * the (user, period) key and sending by claiming; the scheduler also holds a database lock.
     */
    public RunResult run(Instant now, boolean force) {
        DigestSchedule schedule = digests.setting().schedule();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        String period = DigestSchedule.periodOf(today);
        boolean due = force || schedule.isDue(now);
        int composed = 0;
        if (due) {
            Set<Long> done = digests.usersWithDigest(period);
            Set<Long> optedOut = digests.optedOut();
            boolean mail = mailer.isConfigured();
            for (UserView user : users.activeUsers()) {
                if (done.contains(user.id())) continue;
                List<DigestSection> sections = compose(user, today);
                int items = sections.stream().mapToInt(s -> s.items().size()).sum();
                DigestStatus status = mail && items > 0 && !optedOut.contains(user.id()) ? DigestStatus.PENDING
                        : DigestStatus.INBOX;
                try {
                    digests.insert(user.id(), period, subject(items, today), json.writeValueAsString(sections), items,
                            status);
                    composed++;
                } catch (DuplicateKeyException e) {
                    log.debug("Digest {} of user {} was composed by another run", period, user.id());
                }
            }
        }
        int sent = 0;
        int failed = 0;
        if (mailer.isConfigured()) {
            for (DigestRepository.Row row : digests.pending(MAX_ATTEMPTS)) {
                if (!digests.claim(row.id(), row.version())) continue;
                Optional<UserView> user = users.findUser(row.userId());
                try {
                    if (user.isEmpty()) throw new IllegalStateException("user " + row.userId() + " no longer exists");
                    mailer.send(user.get().email(), user.get().name(), row.subject(), sections(row.content()));
                    digests.markSent(row.id());
                    sent++;
                } catch (Exception e) {
                    boolean giveUp = row.attempts() + 1 >= MAX_ATTEMPTS;
                    digests.markFailed(row.id(), truncate(e.getClass().getSimpleName() + ": " + e.getMessage()), giveUp);
                    failed++;
                    log.warn("Digest {} to user {} not sent (try {} of {}): {}", row.period(), row.userId(),
                            row.attempts() + 1, MAX_ATTEMPTS, e.getMessage());
                }
            }
        }
        if (composed + sent + failed > 0) {
            log.info("Digest {}: {} composed, {} mailed, {} failed", period, composed, sent, failed);
        }
        return new RunResult(period, due, composed, sent, failed);
    }

    /** This week's digest for the signed-in user, composed now and not kept: the "preview" of the inbox. */
    public DigestView preview() {
        var viewer = currentUser.viewer();
        LocalDate today = LocalDate.now(clock);
        List<DigestSection> sections = sections(today);
        int items = sections.stream().mapToInt(s -> s.items().size()).sum();
        return new DigestView(0, viewer.id(), DigestSchedule.periodOf(today), subject(items, today), sections, items,
                DigestStatus.INBOX, 0, null, null, null, null);
    }

    private List<DigestSection> compose(UserView user, LocalDate today) {
        return signIn.asUser(user.email(), () -> sections(today));
    }

    private List<DigestSection> sections(LocalDate today) {
        List<DigestSection> out = new ArrayList<>();
        for (DigestContributor c : contributors) c.section(today).ifPresent(out::add);
        out.sort(Comparator.comparingInt(DigestSection::order));
        return out;
    }

    private static String subject(int items, LocalDate today) {
        String week = DigestSchedule.periodOf(today).replace("-W", ", week ");
        return items == 0 ? "Prism: nothing needs you this week (" + week + ")"
                : "Prism: " + items + " thing(s) need you this week (" + week + ")";
    }

    // ---- the inbox ----

    public List<DigestView> inbox() {
        return digests.ofUser(currentUser.viewer().id(), 52).stream().map(this::view).toList();
    }

    public long unread() {
        return currentUser.find().map(v -> digests.unread(v.id())).orElse(0L);
    }

    /** One digest of the signed-in user's (another user's answers 404), marked read. */
    public DigestView open(long id) {
        var row = digests.findById(id).filter(r -> r.userId() == currentUser.viewer().id())
                .orElseThrow(() -> new NotFound("Digest", id));
        digests.markRead(id);
        return view(row);
    }

    public boolean isOptedOut() {
        return digests.isOptedOut(currentUser.viewer().id());
    }

    /** Whether the signed-in user gets the digest by mail; it stays in their inbox either way. */
    public void setOptedOut(boolean optedOut) {
        long me = currentUser.viewer().id();
        if (optedOut) digests.optOut(me);
        else digests.optIn(me);
    }

    // ---- the schedule ----

    public Schedule schedule() {
        var s = digests.setting();
        return new Schedule(s.enabled(), s.dayOfWeek(), s.hourUtc(), s.version());
    }

    public Schedule updateSchedule(boolean enabled, Integer dayOfWeek, Integer hourUtc, Long expectedVersion) {
        if (!currentUser.viewer().isAdmin()) throw new Forbidden("Only administrators change the digest schedule.");
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        if (dayOfWeek == null || dayOfWeek < 1 || dayOfWeek > 7) {
            problems.add(new Invalid.FieldProblem("dayOfWeek", "must be 1 (Monday) to 7 (Sunday)"));
        }
        if (hourUtc == null || hourUtc < 0 || hourUtc > 23) problems.add(new Invalid.FieldProblem("hourUtc", "must be 0 to 23"));
        if (!problems.isEmpty()) throw new Invalid(problems);
        long version = expectedVersion == null ? digests.setting().version() : expectedVersion;
        if (!digests.updateSetting(enabled, dayOfWeek, hourUtc, version)) {
            throw new OptimisticLockingFailureException("stale digest schedule");
        }
        return schedule();
    }

    public void requireAdmin() {
        if (!currentUser.viewer().isAdmin()) throw new Forbidden("Only administrators run the digest.");
    }

    public boolean mailConfigured() {
        return mailer.isConfigured();
    }

    private DigestView view(DigestRepository.Row r) {
        return new DigestView(r.id(), r.userId(), r.period(), r.subject(), sections(r.content()), r.itemCount(),
                r.status(), r.attempts(), r.lastError(), r.sentAt(), r.readAt(), r.createdAt());
    }

    private List<DigestSection> sections(String content) {
        return json.readValue(content, new TypeReference<List<DigestSection>>() {});
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() <= 1000 ? s : s.substring(0, 997) + "…";
    }
}
