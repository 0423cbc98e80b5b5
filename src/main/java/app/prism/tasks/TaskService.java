package app.prism.tasks;

import app.prism.account.AccountService;
import app.prism.identity.AccountAccess;
import app.prism.identity.CurrentUser;
import app.prism.identity.UserService;
import app.prism.identity.UserView;
import app.prism.identity.Viewer;
import app.prism.web.Audit;
import app.prism.web.Forbidden;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.Texts;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks on accounts: typed in by hand, or created by other capabilities (an exposure gap to plan, a risk to fix, a plan's
 * action) through {@link #createTask}. Access follows the task's account; the assignee must be an active user who can
 * see that account.
 */
@Service
public class TaskService {

    private final TaskRepository tasks;
    private final References references;
    private final AccountService accounts;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final UserService users;

    TaskService(TaskRepository tasks, References references, AccountService accounts, AccountAccess access,
            CurrentUser currentUser, UserService users) {
        this.tasks = tasks;
        this.references = references;
        this.accounts = accounts;
        this.access = access;
        this.currentUser = currentUser;
        this.users = users;
    }

    /**
     * Tasks the signed-in user may see, by due date (undated last). {@code mine}: assigned to the signed-in user;
     * {@code overdue}: open and due before {@code asOf} (default today).
     */
    public Paged<TaskView> listTasks(Long accountId, Long assigneeId, boolean mine, boolean openOnly, boolean overdue,
            LocalDate asOf, PageQuery page) {
        if (accountId != null) accounts.requireVisible(accountId);
        Long assignee = assigneeId;
        if (mine) {
            long me = currentUser.viewer().id();
            if (assigneeId != null && assigneeId != me) {
                throw Invalid.field("assigneeId", "give either mine=true or assigneeId, not both");
            }
            assignee = me;
        }
        var visible = accountId == null ? accounts.visibleAccountIds().orElse(null) : null;
        var filter = new TaskRepository.Filter(accountId, assignee, openOnly ? Boolean.FALSE : null,
                overdue ? (asOf == null ? today() : asOf) : null, visible);
        return new Paged<>(tasks.page(filter, page), page.page(), page.size(), tasks.total(filter));
    }

    /** The signed-in user's open tasks on accounts they may see, by due date: the overdue ones come first. */
    public List<TaskView> myOpenTasks(int limit) {
        long me = currentUser.viewer().id();
        var filter = new TaskRepository.Filter(null, me, false, null, accounts.visibleAccountIds().orElse(null));
        return tasks.page(filter, PageQuery.of(0, limit, null));
    }

    /**
     * A user's open tasks due before {@code asOf} on accounts that user may see, oldest due first; for the weekly digest,
     * so it needs no signed-in user. Empty for an unknown or inactive user.
     */
    public List<TaskView> overdueTasks(long userId, LocalDate asOf) {
        var user = users.findUser(userId).filter(UserView::active);
        if (user.isEmpty()) return List.of();
        var visible = user.get().role().seesAllAccounts() ? null : accounts.teamAccountIds(userId);
        var filter = new TaskRepository.Filter(null, userId, false, asOf, visible);
        return tasks.page(filter, PageQuery.of(0, PageQuery.MAX_SIZE, null));
    }

    /** The account's done tasks, the latest done first: the Activity tab's history. */
    public List<TaskView> doneTasks(long accountId, int limit) {
        accounts.requireVisible(accountId);
        return tasks.page(new TaskRepository.Filter(accountId, null, true, null, null), PageQuery.of(0, limit, null));
    }

    public TaskView getTask(long id) {
        var t = tasks.findById(id).orElseThrow(() -> new NotFound("Task", id));
        access.requireVisibleOr404(t.accountId(), "Task", id);
        return t;
    }

    /** What may create a task: a person (MANUAL) or one of Prism's rules and screens. */
    static final java.util.List<String> TASK_SOURCES = java.util.List.of("MANUAL", "GAP", "RISK", "PLAN", "REVIEW",
            "NBA");

    @Transactional
    public TaskView createTask(NewTask input) {
        // Other capabilities call this without the API's bean validation: the same answers for the required fields.
        List<Invalid.FieldProblem> missing = new ArrayList<>();
        if (input.accountId() == null) missing.add(new Invalid.FieldProblem("accountId", "must not be null"));
        if (input.title() == null || input.title().isBlank()) {
            missing.add(new Invalid.FieldProblem("title", "must not be blank"));
        }
        String given = Texts.trimToNull(input.source());
        if (given != null && !TASK_SOURCES.contains(given.toUpperCase(Locale.ROOT))) {
            missing.add(new Invalid.FieldProblem("source", "unknown value \"" + given + "\"; accepted: " + TASK_SOURCES));
        }
        if (!missing.isEmpty()) throw new Invalid(missing);
        var refs = references.resolve(input.accountId(), input.unitId(), input.contactId(), input.productId(), true);
        Viewer viewer = currentUser.viewer();
        long assignee = input.assigneeId() == null ? viewer.id() : input.assigneeId();
        requireAssignee(assignee, refs.accountId());
        String source = Texts.trimToNull(input.source());
        var task = new TaskView(0, refs.accountId(), refs.unitId(), refs.contactId(), refs.productId(),
                input.title().strip(), Texts.trimToNull(input.note()),
                source == null ? "MANUAL" : source.toUpperCase(Locale.ROOT), assignee, viewer.id(), input.dueOn(), false,
                null, null, 0, null, null);
        return getTask(tasks.insert(task));
    }

    /** Changes what the patch names; marking done records when and by whom, reopening clears both. */
    @Transactional
    public TaskView updateTask(long id, Patch<TaskPatch> patch, Long expectedVersion) {
        TaskView row = getTask(id);
        if (expectedVersion != null && expectedVersion != row.version()) throw stale();
        TaskPatch p = patch.value();
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        patch.requireNotBlank("title", p.title(), problems);
        if (patch.has("done") && p.done() == null) problems.add(new Invalid.FieldProblem("done", "must not be null"));
        if (patch.has("assigneeId") && p.assigneeId() == null) {
            problems.add(new Invalid.FieldProblem("assigneeId", "must not be null"));
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        Long unitId = patch.has("unitId") ? p.unitId() : row.unitId();
        Long contactId = patch.has("contactId") ? p.contactId() : row.contactId();
        Long productId = patch.has("productId") ? p.productId() : row.productId();
        if (patch.has("unitId") || patch.has("contactId") || patch.has("productId")) {
            references.resolve(row.accountId(), patch.has("unitId") ? unitId : null,
                    patch.has("contactId") ? contactId : null, patch.has("productId") ? productId : null, false);
        }
        long assignee = patch.has("assigneeId") ? p.assigneeId() : row.assigneeId();
        if (patch.has("assigneeId") && assignee != row.assigneeId()) requireAssignee(assignee, row.accountId());
        boolean done = patch.has("done") ? p.done() : row.done();
        OffsetDateTime doneAt = row.doneAt();
        Long doneBy = row.doneById();
        if (done && !row.done()) {
            doneAt = Audit.now();
            doneBy = currentUser.viewer().id();
        } else if (!done) {
            doneAt = null;
            doneBy = null;
        }
        var updated = new TaskView(id, row.accountId(), unitId, contactId, productId,
                patch.has("title") ? p.title().strip() : row.title(),
                patch.has("note") ? Texts.trimToNull(p.note()) : row.note(), row.source(), assignee, row.creatorId(),
                patch.has("dueOn") ? p.dueOn() : row.dueOn(), done, doneAt, doneBy, row.version(), row.createdAt(),
                row.updatedAt());
        if (!tasks.update(updated, row.version())) throw stale();
        return getTask(id);
    }

    /** Only the task's creator, its assignee, a manager or an administrator deletes it. */
    @Transactional
    public void deleteTask(long id) {
        TaskView row = getTask(id);
        Viewer viewer = currentUser.viewer();
        if (!mayDelete(viewer, row)) {
            throw new Forbidden("Only the task's creator, its assignee, managers and administrators delete it.");
        }
        tasks.delete(id);
    }

    /** Whether the signed-in user may delete the task (pages show the button only then). */
    public boolean mayDelete(TaskView task) {
        return mayDelete(currentUser.viewer(), task);
    }

    private static boolean mayDelete(Viewer viewer, TaskView task) {
        return viewer.isManagerOrAdmin() || viewer.id() == task.creatorId() || viewer.id() == task.assigneeId();
    }

    /** An active user who can see the account: a task assigned to someone who may not see it would be lost. */
    private void requireAssignee(long userId, long accountId) {
        users.requireActiveUsers("assigneeId", List.of(userId));
        UserView u = users.findUser(userId).orElseThrow();
        if (!access.canSee(new Viewer(u.id(), u.email(), u.name(), u.role()), accountId)) {
            throw Invalid.field("assigneeId", "must be able to see the account: " + u.name() + " is not on its team");
        }
    }

    static LocalDate today() {
        return LocalDate.now();
    }

    private static OptimisticLockingFailureException stale() {
        return new OptimisticLockingFailureException("stale task");
    }
}
