package app.prism.tasks;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.account.TeamMember;
import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.identity.CurrentUser;
import app.prism.identity.UserService;
import app.prism.identity.UserView;
import app.prism.identity.Viewer;
import app.prism.web.FormErrors;
import app.prism.web.Invalid;
import app.prism.web.PageQuery;
import app.prism.web.Patch;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account's Activity tab: open tasks and open customer requests with quick-add forms (htmx swaps the section),
 * one-click done and status changes, edit pages; and the open requests panel of the Overview.
 */
@Controller
class ActivityPages {

    record TaskForm(@NotBlank @Size(max = 200) String title, Long assigneeId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, Long unitId, Long contactId,
            Long productId, @Size(max = 2000) String note, Long version) {}

    record RequestForm(@NotNull RequestType type, @NotBlank @Size(max = 200) String title, @NotNull Long unitId,
            Long contactId, Long productId, Priority priority, RequestStatus status,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn, @Size(max = 4000) String description,
            Long version) {}

    private static final Set<String> TASK_FIELDS = Set.of("title", "assigneeId", "dueOn", "unitId", "contactId",
            "productId", "note");
    private static final Set<String> REQUEST_FIELDS = Set.of("type", "title", "unitId", "contactId", "productId",
            "priority", "status", "openedOn", "dueOn", "closedOn", "description");

    /** How many done tasks and closed requests the tab keeps in view (to reopen one closed by mistake). */
    private static final int HISTORY = 10;

    private final TaskService tasks;
    private final RequestService requests;
    private final AccountService accounts;
    private final UnitService units;
    private final ContactService contacts;
    private final ProductService products;
    private final UserService users;
    private final CurrentUser currentUser;

    ActivityPages(TaskService tasks, RequestService requests, AccountService accounts, UnitService units,
            ContactService contacts, ProductService products, UserService users, CurrentUser currentUser) {
        this.tasks = tasks;
        this.requests = requests;
        this.accounts = accounts;
        this.units = units;
        this.contacts = contacts;
        this.products = products;
        this.users = users;
        this.currentUser = currentUser;
    }

    @GetMapping("/accounts/{id}/activity")
    String activity(@PathVariable long id, Model model) {
        fill(id, model);
        return "tasks/activity";
    }

    // --- tasks ---

    @PostMapping("/accounts/{id}/tasks")
    String addTask(@PathVariable long id, @Valid @ModelAttribute("taskForm") TaskForm form, BindingResult result,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                TaskView created = tasks.createTask(new NewTask(id, form.title(), form.unitId(), form.contactId(),
                        form.productId(), form.assigneeId(), form.dueOn(), "MANUAL", form.note()));
                return taskDone(id, "Task '" + created.title() + "' added.", null, request, model, redirect);
            } catch (Invalid e) {
                FormErrors.apply(e, result);
            }
        }
        fill(id, model);
        return FormErrors.isHtmx(request) ? "tasks/fragments/tasks :: tasks" : "tasks/activity";
    }

    /** One click: done (or, with {@code done=false}, open again). */
    @PostMapping("/tasks/{id}/done")
    String markDone(@PathVariable long id, @RequestParam(defaultValue = "true") boolean done,
            @RequestParam long version, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        TaskView task = tasks.getTask(id);
        try {
            task = tasks.updateTask(id, Patch.of(new TaskPatch(null, null, null, null, null, null, null, done, version),
                    Set.of("done")), version);
        } catch (OptimisticLockingFailureException e) {
            return taskDone(task.accountId(), null, "Someone else changed '" + task.title() + "'; here is the current list.",
                    request, model, redirect);
        }
        model.addAttribute("undo", done ? task : null);
        return taskDone(task.accountId(), done ? "Done: " + task.title() + "." : "'" + task.title() + "' is open again.",
                null, request, model, redirect);
    }

    @GetMapping("/tasks/{id}/edit")
    String editTask(@PathVariable long id, Model model) {
        TaskView task = tasks.getTask(id);
        if (!model.containsAttribute("taskForm")) {
            model.addAttribute("taskForm", new TaskForm(task.title(), task.assigneeId(), task.dueOn(), task.unitId(),
                    task.contactId(), task.productId(), task.note(), task.version()));
        }
        model.addAttribute("task", task);
        model.addAttribute("mayDelete", tasks.mayDelete(task));
        fill(task.accountId(), model);
        return "tasks/task-edit";
    }

    @PostMapping("/tasks/{id}/edit")
    String saveTask(@PathVariable long id, @Valid @ModelAttribute("taskForm") TaskForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        TaskView task = tasks.getTask(id);
        if (!result.hasErrors()) {
            try {
                tasks.updateTask(id, Patch.of(new TaskPatch(form.title(), form.note(), form.unitId(), form.contactId(),
                        form.productId(), form.assigneeId(), form.dueOn(), null, form.version()), TASK_FIELDS),
                        form.version());
                redirect.addFlashAttribute("notice", "Task '" + form.title().strip() + "' saved.");
                return "redirect:/accounts/" + task.accountId() + "/activity#tasks";
            } catch (Invalid e) {
                FormErrors.apply(e, result);
            } catch (OptimisticLockingFailureException e) {
                result.reject("stale", "Someone else changed this task since you opened it; reload to see their change.");
            }
        }
        return editTask(id, model);
    }

    @PostMapping("/tasks/{id}/delete")
    String deleteTask(@PathVariable long id, RedirectAttributes redirect) {
        TaskView task = tasks.getTask(id);
        tasks.deleteTask(id);
        redirect.addFlashAttribute("notice", "Task '" + task.title() + "' deleted.");
        return "redirect:/accounts/" + task.accountId() + "/activity#tasks";
    }

    private String taskDone(long accountId, String notice, String problem, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        if (!FormErrors.isHtmx(request)) {
            if (notice != null) redirect.addFlashAttribute("notice", notice);
            if (problem != null) redirect.addFlashAttribute("problem", problem);
            return "redirect:/accounts/" + accountId + "/activity#tasks";
        }
        model.addAttribute("taskNotice", notice);
        model.addAttribute("taskProblem", problem);
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "taskForm"); // a fresh form, not the one just sent
        model.addAttribute("taskForm", emptyTaskForm());
        fill(accountId, model);
        return "tasks/fragments/tasks :: tasks";
    }

    // --- requests ---

    @PostMapping("/accounts/{id}/requests")
    String addRequest(@PathVariable long id, @Valid @ModelAttribute("requestForm") RequestForm form,
            BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                RequestView created = requests.createRequest(new NewRequest(form.type(), id, form.unitId(),
                        form.contactId(), form.productId(), form.title(), form.description(), form.priority(),
                        form.status(), form.openedOn(), form.dueOn(), form.closedOn()));
                return requestDone(id, "Request '" + created.title() + "' logged.", null, request, model, redirect);
            } catch (Invalid e) {
                FormErrors.apply(e, result);
            }
        }
        fill(id, model);
        return FormErrors.isHtmx(request) ? "tasks/fragments/requests :: requests" : "tasks/activity";
    }

    /** One click to the next status: start, done, or open again. */
    @PostMapping("/requests/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam RequestStatus status, @RequestParam long version,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        RequestView current = requests.getRequest(id);
        try {
            current = requests.updateRequest(id, Patch.of(new RequestPatch(null, null, null, null, null, null, null,
                    status, null, null, null, version), Set.of("status")), version);
        } catch (Invalid e) {
            return requestDone(current.accountId(), null, current.title() + ": " + e.errors().stream()
                    .map(Invalid.FieldProblem::message).collect(Collectors.joining("; ")), request, model, redirect);
        } catch (OptimisticLockingFailureException e) {
            return requestDone(current.accountId(), null, "Someone else changed '" + current.title()
                    + "'; here is the current list.", request, model, redirect);
        }
        model.addAttribute("reopen", status == RequestStatus.DONE ? current : null);
        String notice = switch (status) {
            case DONE -> "Done: " + current.title() + ".";
            case IN_PROGRESS -> "'" + current.title() + "' is in progress.";
            case OPEN -> "'" + current.title() + "' is open again.";
        };
        return requestDone(current.accountId(), notice, null, request, model, redirect);
    }

    @GetMapping("/requests/{id}/edit")
    String editRequest(@PathVariable long id, Model model) {
        RequestView r = requests.getRequest(id);
        if (!model.containsAttribute("requestForm")) {
            model.addAttribute("requestForm", new RequestForm(r.type(), r.title(), r.unitId(), r.contactId(),
                    r.productId(), r.priority(), r.status(), r.openedOn(), r.dueOn(), r.closedOn(), r.description(),
                    r.version()));
        }
        model.addAttribute("customerRequest", r);
        fill(r.accountId(), model);
        return "tasks/request-edit";
    }

    @PostMapping("/requests/{id}/edit")
    String saveRequest(@PathVariable long id, @Valid @ModelAttribute("requestForm") RequestForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        RequestView r = requests.getRequest(id);
        if (!result.hasErrors()) {
            try {
                requests.updateRequest(id, Patch.of(new RequestPatch(form.type(), form.unitId(), form.contactId(),
                        form.productId(), form.title(), form.description(),
                        form.priority() == null ? Priority.NORMAL : form.priority(),
                        form.status() == null ? r.status() : form.status(), form.openedOn(), form.dueOn(),
                        form.closedOn(), form.version()), form.openedOn() == null ? without(REQUEST_FIELDS, "openedOn")
                        : REQUEST_FIELDS), form.version());
                redirect.addFlashAttribute("notice", "Request '" + form.title().strip() + "' saved.");
                return "redirect:/accounts/" + r.accountId() + "/activity#requests";
            } catch (Invalid e) {
                FormErrors.apply(e, result);
            } catch (OptimisticLockingFailureException e) {
                result.reject("stale", "Someone else changed this request since you opened it; reload to see their change.");
            }
        }
        return editRequest(id, model);
    }

    /** The Overview's panel of open requests, loaded by htmx so the account page needs nothing from this capability. */
    @GetMapping("/accounts/{id}/open-requests")
    String openRequestsPanel(@PathVariable long id, Model model) {
        AccountView account = accounts.getAccount(id);
        var open = requests.listRequests(id, null, true, false, null, PageQuery.of(0, 8, null));
        model.addAttribute("account", account);
        model.addAttribute("openRequests", open);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("unitsById", units.unitsOf(id).stream()
                .collect(Collectors.toMap(UnitView::id, Function.identity())));
        return "tasks/fragments/overview-requests :: panel";
    }

    private String requestDone(long accountId, String notice, String problem, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        if (!FormErrors.isHtmx(request)) {
            if (notice != null) redirect.addFlashAttribute("notice", notice);
            if (problem != null) redirect.addFlashAttribute("problem", problem);
            return "redirect:/accounts/" + accountId + "/activity#requests";
        }
        model.addAttribute("requestNotice", notice);
        model.addAttribute("requestProblem", problem);
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "requestForm");
        model.addAttribute("requestForm", emptyRequestForm(firstUnit(accountId)));
        fill(accountId, model);
        return "tasks/fragments/requests :: requests";
    }

    // --- what every view of the tab needs ---

    private void fill(long accountId, Model model) {
        AccountView account = accounts.getAccount(accountId);
        List<UnitView> unitList = units.unitsOf(accountId);
        List<ContactView> allContacts = contacts.contactsOfAccount(accountId);
        List<ContactView> contactList = allContacts.stream().filter(ContactView::active)
                .sorted(java.util.Comparator.comparing(ContactView::name, String.CASE_INSENSITIVE_ORDER)).toList();
        List<ProductView> productList = products.allProducts();
        var openTasks = tasks.listTasks(accountId, null, false, true, false, null, PageQuery.of(0, 200, null));
        var openRequests = requests.listRequests(accountId, null, true, false, null, PageQuery.of(0, 200, null));
        model.addAttribute("account", account);
        model.addAttribute("tab", "activity");
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("units", unitList);
        model.addAttribute("contacts", contactList);
        model.addAttribute("products", productList.stream().filter(ProductView::active).toList());
        model.addAttribute("assignees", assignees(accountId));
        model.addAttribute("unitsById", unitList.stream().collect(Collectors.toMap(UnitView::id, Function.identity())));
        model.addAttribute("contactsById", allContacts.stream()
                .collect(Collectors.toMap(ContactView::id, Function.identity())));
        model.addAttribute("productsById", productList.stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity())));
        List<TaskView> doneTasks = tasks.doneTasks(accountId, HISTORY);
        Set<Long> userIds = new HashSet<>();
        openTasks.items().forEach(t -> userIds.add(t.assigneeId()));
        doneTasks.forEach(t -> userIds.add(t.doneById() == null ? t.assigneeId() : t.doneById()));
        model.addAttribute("doneTasks", doneTasks);
        model.addAttribute("closedRequests", requests.listRequests(accountId, RequestStatus.DONE, false, false, null,
                PageQuery.of(0, HISTORY, null)));
        model.addAttribute("usersById", users.findUsers(userIds));
        model.addAttribute("openTasks", openTasks);
        model.addAttribute("openRequests", openRequests);
        model.addAttribute("requestTypes", RequestType.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("statuses", RequestStatus.values());
        if (!model.containsAttribute("taskForm")) model.addAttribute("taskForm", emptyTaskForm());
        if (!model.containsAttribute("requestForm")) {
            model.addAttribute("requestForm", emptyRequestForm(unitList.isEmpty() ? null : unitList.get(0).id()));
        }
    }

    /** Whom a task may go to: the account's team, and the signed-in user (a manager may not be on it). */
    private List<UserView> assignees(long accountId) {
        Map<Long, String> names = new LinkedHashMap<>();
        Viewer me = currentUser.viewer();
        names.put(me.id(), me.name() + " (me)");
        for (TeamMember m : accounts.team(accountId)) names.putIfAbsent(m.userId(), m.name());
        List<UserView> out = new ArrayList<>();
        Map<Long, UserView> found = users.findUsers(names.keySet());
        names.forEach((id, name) -> {
            UserView u = found.get(id);
            if (u != null && u.active()) {
                out.add(new UserView(u.id(), u.email(), name, u.role(), true, u.version(), u.createdAt(),
                        u.updatedAt()));
            }
        });
        return out;
    }

    private TaskForm emptyTaskForm() {
        return new TaskForm("", currentUser.viewer().id(), null, null, null, null, null, null);
    }

    private static RequestForm emptyRequestForm(Long unitId) {
        return new RequestForm(RequestType.REQUEST, "", unitId, null, null, Priority.NORMAL, RequestStatus.OPEN, null,
                null, null, null, null);
    }

    private Long firstUnit(long accountId) {
        List<UnitView> all = units.unitsOf(accountId);
        return all.isEmpty() ? null : all.get(0).id();
    }

    private static Set<String> without(Set<String> fields, String field) {
        Set<String> copy = new HashSet<>(fields);
        copy.remove(field);
        return copy;
    }
}
