package app.prism.tasks;

import app.prism.account.AccountService;
import app.prism.digest.DigestContributor;
import app.prism.digest.DigestSection;
import app.prism.identity.CurrentUser;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The digest's overdue work: the recipient's overdue tasks, and the overdue requests of their accounts. */
@Component
class WorkDigest implements DigestContributor {

    static final int LIMIT = 10;

    private final TaskService tasks;
    private final RequestService requests;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final app.prism.web.DateDisplay dates;

    WorkDigest(TaskService tasks, RequestService requests, CurrentUser currentUser, AccountService accounts,
            app.prism.web.DateDisplay dates) {
        this.dates = dates;
        this.tasks = tasks;
        this.requests = requests;
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public Optional<DigestSection> section(LocalDate asOf) {
        long me = currentUser.viewer().id();
        List<TaskView> lateTasks = tasks.overdueTasks(me, asOf);
        List<RequestView> lateRequests = requests.overdueRequestsOfUser(me, asOf);
        if (lateTasks.isEmpty() && lateRequests.isEmpty()) return Optional.empty();
        List<DigestSection.Item> items = new ArrayList<>();
        Set<Long> accountIds = new HashSet<>();
        lateTasks.forEach(t -> accountIds.add(t.accountId()));
        lateRequests.forEach(r -> accountIds.add(r.accountId()));
        Map<Long, String> names = accounts.accountNames(accountIds);
        lateTasks.stream().limit(LIMIT).forEach(t -> items.add(new DigestSection.Item("Task: " + t.title(),
                names.getOrDefault(t.accountId(), "") + " · " + late(t.dueOn(), asOf),
                "/accounts/" + t.accountId() + "/activity#task-" + t.id())));
        lateRequests.stream().limit(LIMIT).forEach(r -> items.add(new DigestSection.Item(
                r.type().name().charAt(0) + r.type().name().substring(1).toLowerCase() + ": " + r.title(),
                names.getOrDefault(r.accountId(), "") + " · " + r.priority().name().toLowerCase() + " priority · "
                        + late(r.dueOn(), asOf),
                "/accounts/" + r.accountId() + "/activity#request-" + r.id())));
        return Optional.of(new DigestSection("work", 20, "Overdue work", lateTasks.size() + " overdue task(s) of yours, "
                + lateRequests.size() + " overdue customer request(s) on your accounts.", items));
    }

    private String late(LocalDate due, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(due, asOf);
        return "due " + dates.date(due) + " (" + days + " day" + (days == 1 ? "" : "s") + " late)";
    }
}
