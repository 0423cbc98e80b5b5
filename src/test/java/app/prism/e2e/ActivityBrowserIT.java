package app.prism.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.TestUser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The account's Activity tab in a real browser: tasks and requests added, done and reopened; my tasks at home. */
class ActivityBrowserIT extends BrowserTest {

    private static Locator tab(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void aTaskIsAddedFromTheKeyboardMarkedDoneUndoneAndDoneAgain() {
        Api admin = admin();
        long account = admin.createAccount("Activity ");
        long unit = admin.createUnit(account, "Werk Linz", "SITE", null);
        admin.createContact(unit, "Petra Einkauf");
        Page page = signedInAsAdmin();

        page.navigate(baseUrl() + "/accounts/" + account + "/overview");
        tab(page, "Activity").click();
        assertThat(tab(page, "Activity")).hasAttribute("aria-current", "page");
        Locator tasks = page.locator("#tasks");
        assertThat(tasks).containsText("No open tasks.");

        // Blank after trimming: the server's error shows beside the field, in the swapped section.
        tasks.getByLabel("New task").fill("   ");
        tasks.getByLabel("New task").press("Enter");
        assertThat(page.locator("#tasks .field.has-error")).containsText("must not be blank");

        tasks = page.locator("#tasks");
        tasks.getByLabel("New task").fill("Send the safety brochure");
        tasks.getByLabel("Due").fill(LocalDate.now().plusDays(3).toString());
        tasks.getByLabel("Contact").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Petra Einkauf"));
        tasks.getByLabel("New task").press("Enter");
        assertThat(page.locator("#tasks [role=status]")).containsText("Task 'Send the safety brochure' added.");
        Locator row = page.locator("#tasks tr[id^=task-]");
        assertThat(row).hasCount(1);
        assertThat(row).containsText("Werk Linz");
        assertThat(row).containsText("Petra Einkauf");
        assertThat(page.locator("#tasks").getByLabel("New task")).hasValue("");
        Browser.screenshot(page, "activity-task-added");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark Send the safety brochure done")).click();
        assertThat(page.locator("#tasks [role=status]")).containsText("Done: Send the safety brochure.");
        assertThat(page.locator("#tasks tr[id^=task-]")).hasCount(0);
        JsonNode stored = admin.get("/api/v1/tasks?accountId=" + account).json().path("items").get(0);
        assertThat(stored.path("done").asBoolean()).isTrue();

        page.locator("#tasks").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo")).click();
        assertThat(page.locator("#tasks tr[id^=task-]")).hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark Send the safety brochure done")).click();
        assertThat(page.locator("#tasks tr[id^=task-]")).hasCount(0);
        assertThat(admin.get("/api/v1/tasks?accountId=" + account + "&open=true").json().path("total").asLong()).isZero();
        page.locator("#tasks details.history summary").click();
        assertThat(page.locator("#tasks details.history")).containsText("Send the safety brochure");
        assertThat(page.locator("#tasks details.history")).containsText("by Administrator");
        Browser.screenshot(page, "activity-task-done");
    }

    @Test
    void aRequestIsLoggedStartedAndShownOnTheOverviewAndMyTasksShowOnTheHomePage() {
        Api admin = admin();
        long account = admin.createAccount("Requests ");
        admin.createUnit(account, "Werk Graz", "SITE", null);
        // A manager of their own, so that other tests' tasks never crowd their list.
        TestUser manager = newUser("MANAGER");
        admin.post("/api/v1/tasks", Api.json("accountId", account, "title", "Call back about the audit",
                "assigneeId", manager.id(), "dueOn", LocalDate.now().minusDays(2).toString()));
        Page page = signedIn(manager.email(), manager.password());

        assertThat(page.locator("#my-tasks")).containsText("Call back about the audit");
        assertThat(page.locator("#my-tasks tr.late")).containsText("overdue");
        Browser.screenshot(page, "home-my-tasks");

        // From home straight to the task: edit its due date.
        page.locator("#my-tasks").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Call back about the audit")).click();
        page.getByLabel("Due").fill(LocalDate.now().plusDays(1).toString());
        page.getByLabel("Note").fill("They asked for the certificates too");
        Browser.screenshot(page, "task-edit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save task")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Task 'Call back about the audit' saved.");
        assertThat(page.locator("#tasks tr[id^=task-]")).containsText("They asked for the certificates too");
        assertThat(page.locator("#tasks tr.late")).hasCount(0);

        Locator requests = page.locator("#requests");
        requests.getByLabel("Type").selectOption("ISSUE");
        requests.getByLabel("New request").fill("Pump 3 leaks");
        requests.getByLabel("Priority").selectOption("URGENT");
        requests.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Log request")).click();
        assertThat(page.locator("#requests [role=status]")).containsText("Request 'Pump 3 leaks' logged.");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start Pump 3 leaks")).click();
        assertThat(page.locator("#requests tr[id^=request-]")).containsText("In progress");
        Browser.screenshot(page, "activity");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit Pump 3 leaks")).click();
        page.getByLabel("Description").fill("Seal at the outlet, since Monday");
        page.getByLabel("Closed on").fill(LocalDate.now().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save request")).click();
        assertThat(page.locator(".field.has-error")).containsText("is set only when the request is DONE");
        Browser.screenshot(page, "request-edit-error");
        page.getByLabel("Closed on").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save request")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Request 'Pump 3 leaks' saved.");
        assertThat(page.locator("#requests")).containsText("Seal at the outlet, since Monday");

        tab(page, "Overview").click();
        assertThat(page.locator("#open-requests")).containsText("Pump 3 leaks");
        Browser.screenshot(page, "overview-open-requests");

        page.navigate(baseUrl() + "/accounts/" + account + "/activity");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark Pump 3 leaks done")).click();
        assertThat(page.locator("#requests [role=status]")).containsText("Done: Pump 3 leaks.");
        JsonNode stored = admin.get("/api/v1/requests?accountId=" + account).json().path("items").get(0);
        assertThat(stored.path("status").asString()).isEqualTo("DONE");
        assertThat(stored.path("closedOn").asString()).isEqualTo(LocalDate.now().toString());
        page.locator("#requests details.history summary").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reopen Pump 3 leaks")).click();
        assertThat(page.locator("#requests [role=status]")).containsText("'Pump 3 leaks' is open again.");
        assertThat(page.locator("#requests tr[id^=request-]")).containsText("Open");
    }
}
