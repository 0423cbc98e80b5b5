package app.prism.tasks;

import app.prism.digest.DigestContributor;
import app.prism.digest.DigestSection;
import app.prism.identity.CurrentUser;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The digest's overdue work: the recipient's overdue tasks, and the overdue requests of their accounts. */
@Component
class WorkDigest implements DigestContributor {

    static final int LIMIT = 10;

    private final TaskService tasks;
    private final RequestService requests;
    private final CurrentUser currentUser;

    WorkDigest(TaskService tasks, RequestService requests, CurrentUser currentUser) {
        this.tasks = tasks;
        this.requests = requests;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<DigestSection> section(LocalDate asOf) {
        long me = currentUser.viewer().id();
        List<TaskView> lateTasks = tasks.overdueTasks(me, asOf);
        List<RequestView> lateRequests = requests.overdueRequestsOfUser(me, asOf);
        if (lateTasks.isEmpty() && lateRequests.isEmpty()) return Optional.empty();
        List<DigestSection.Item> items = new ArrayList<>();
        lateTasks.stream().limit(LIMIT).forEach(t -> items.add(new DigestSection.Item("Task: " + t.title(),
                late(t.dueOn(), asOf), "/accounts/" + t.accountId() + "/activity#task-" + t.id())));
        lateRequests.stream().limit(LIMIT).forEach(r -> items.add(new DigestSection.Item(
                r.type().name().charAt(0) + r.type().name().substring(1).toLowerCase() + ": " + r.title(),
                r.priority().name().toLowerCase() + " priority · " + late(r.dueOn(), asOf),
                "/accounts/" + r.accountId() + "/activity#request-" + r.id())));
        return Optional.of(new DigestSection("work", 20, "Overdue work", lateTasks.size() + " overdue task(s) of yours, "
                + lateRequests.size() + " overdue customer request(s) on your accounts.", items));
    }

    private static String late(LocalDate due, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(due, asOf);
        return "due " + due + " (" + days + " day" + (days == 1 ? "" : "s") + " late)";
    }
}
