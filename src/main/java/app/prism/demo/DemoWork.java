package app.prism.demo;

import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.tasks.NewRequest;
import app.prism.tasks.NewTask;
import app.prism.tasks.Priority;
import app.prism.tasks.RequestService;
import app.prism.tasks.RequestStatus;
import app.prism.tasks.RequestType;
import app.prism.tasks.TaskPatch;
import app.prism.tasks.TaskService;
import app.prism.tasks.TaskView;
import app.prism.web.Patch;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo's day-to-day work on each account: a handful of tasks for the team (some overdue, one from an exposure gap,
 * one already done) and the customer's orders, issues and requests in every status, so the Activity tab, the Overview
 * and "my tasks" on the home page have something to show.
 */
final class DemoWork {

    private final Random random;
    private final LocalDate today;
    private final TaskService tasks;
    private final RequestService requests;
    private final ContactService contacts;

    DemoWork(Random random, LocalDate today, TaskService tasks, RequestService requests, ContactService contacts) {
        this.random = random;
        this.today = today;
        this.tasks = tasks;
        this.requests = requests;
        this.contacts = contacts;
    }

    /** Returns how many tasks and requests it created on the account. */
    int create(long accountId, List<Long> unitIds, List<Long> teamUserIds, Map<String, Long> productIds) {
        List<ContactView> people = contacts.contactsOfAccount(accountId).stream().filter(ContactView::active).toList();
        ContactView a = people.get(random.nextInt(people.size()));
        ContactView b = people.get(random.nextInt(people.size()));
        long plc = productIds.get("AUT-PLC");
        long curtain = productIds.get("SAF-LCT");
        long hmi = productIds.get("AUT-HMI");
        String firstName = a.name().split(" ")[0];
        int created = 0;

        // each account's gap task is about another product and overdue by a few days, so a manager's list reads as work
        String[] gap = GAPS.get(random.nextInt(GAPS.size()));
        created += task(accountId, "Send the " + gap[1] + " to " + a.name(), a.unitId(), a.id(),
                productIds.get(gap[0]), teamUserIds.get(0), today.minusDays(1 + random.nextInt(9)), "GAP",
                "Never heard about our " + gap[2] + " (exposure gap).");
        created += task(accountId, REVIEWS.get(random.nextInt(REVIEWS.size())), null, null, null, teamUserIds.get(0),
                today.plusDays(3 + random.nextInt(25)), "MANUAL", null);
        created += task(accountId, "Ask " + firstName + " for an introduction to the sister plant", a.unitId(), a.id(),
                null, teamUserIds.get(1 % teamUserIds.size()), today.plusDays(1 + random.nextInt(12)), "MANUAL", null);
        // the account's own people find contacts; the executive sponsor (a manager, last on the team) is not asked to
        int finder = teamUserIds.size() > 2 ? 1 : 0;
        created += task(accountId, "Find a second contact beside " + b.name(), b.unitId(), null, null,
                teamUserIds.get(finder), random.nextInt(3) == 0 ? today.minusDays(1 + random.nextInt(6))
                        : today.plusDays(1 + random.nextInt(14)), "RISK",
                "Single-threaded: only one contact known in a unit we do business with.");
        created += task(accountId, "Follow up on the PLC quote", b.unitId(), b.id(), plc, teamUserIds.get(0), null,
                "MANUAL", null);
        TaskView done = tasks.createTask(new NewTask(accountId, "Book the HMI demo", b.unitId(), null, hmi,
                teamUserIds.get(0), today.minusDays(12), "PLAN", null));
        tasks.updateTask(done.id(), Patch.of(new TaskPatch(null, null, null, null, null, null, null,
                true, null), Set.of("done")), null);
        created++;

        long unit = unitIds.get(random.nextInt(unitIds.size()));
        created += request(RequestType.ORDER, a.unitId(), a.id(), curtain, "Reorder of 40 safety light curtains",
                Priority.HIGH, RequestStatus.IN_PROGRESS, today.minusDays(6), today.plusDays(4), null);
        created += request(RequestType.ISSUE, b.unitId(), b.id(), productIds.get("AUT-DRV"),
                "Drive fault on line 2 after the firmware update", Priority.URGENT, RequestStatus.OPEN,
                today.minusDays(3), today.minusDays(1), null);
        created += request(RequestType.REQUEST, unit, null, null, "Certificate of conformity for the annual audit",
                Priority.NORMAL, RequestStatus.OPEN, today.minusDays(10), today.plusDays(10), null);
        created += request(RequestType.REQUEST, a.unitId(), a.id(), hmi, "Training dates for the new HMI panels",
                Priority.LOW, RequestStatus.OPEN, today.minusDays(2), null, null);
        created += request(RequestType.ISSUE, unit, null, null, "Invoice shows the wrong cost centre", Priority.NORMAL,
                RequestStatus.DONE, today.minusDays(30), today.minusDays(20), today.minusDays(25));
        return created;
    }

    /** Exposure-gap tasks: the product's code, what to send, what the contact never heard about. */
    private static final List<String[]> GAPS = List.of(
            new String[] {"SAF-LCT", "safety light curtain brochure", "light curtains"},
            new String[] {"ENG-MON", "energy monitoring case study", "energy monitoring"},
            new String[] {"SRV-RMT", "remote monitoring demo video", "remote monitoring"},
            new String[] {"AUT-IOT", "edge gateway datasheet", "edge IoT gateways"},
            new String[] {"SAF-AUD", "machine safety audit offer", "machine safety audits"},
            new String[] {"SRV-TRN", "training calendar", "training courses"});

    private static final List<String> REVIEWS = List.of("Prepare the quarterly business review",
            "Draft the agenda for the annual account review", "Update the account plan before the review",
            "Collect this year's figures for the business review");

    private int task(long accountId, String title, Long unitId, Long contactId, Long productId, long assignee,
            LocalDate due, String source, String note) {
        tasks.createTask(new NewTask(accountId, title, unitId, contactId, productId, assignee, due, source, note));
        return 1;
    }

    private int request(RequestType type, long unitId, Long contactId, Long productId, String title, Priority priority,
            RequestStatus status, LocalDate openedOn, LocalDate dueOn, LocalDate closedOn) {
        requests.createRequest(new NewRequest(type, null, unitId, contactId, productId, title, null, priority, status,
                openedOn, dueOn, closedOn));
        return 1;
    }
}
