package app.prism.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.prism.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A plan review in a real browser: start a plan on the Plan tab, add an objective, open the review, record an issue, a
 * decision and a follow-up, and find the follow-up as a task on the Activity tab.
 */
class PlanReviewBrowserIT extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Test
    void aReviewTurnsAFollowUpIntoATask() {
        Api admin = admin();
        long account = admin.createAccount("Plan Review Group ");
        long plant = admin.createUnit(account, "Review Plant", "SITE", null);
        long product = admin.createProduct("PR-");
        admin.post("/api/v1/sales", Api.json("unitId", plant, "productId", product, "date",
                LocalDate.now().minusDays(30).toString(), "amount", new BigDecimal("40000.00")));
        String year = String.valueOf(LocalDate.now().getYear());

        Page page = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD, 1400, 1000);

        page.navigate(baseUrl() + "/accounts/" + account + "/plan");
        page.locator("#plan").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "plan-start");
        // the period suggested is this year until October, the next one after; the button follows what is typed
        String suggested = String.valueOf(LocalDate.now().getMonthValue() >= 10 ? LocalDate.now().getYear() + 1
                : LocalDate.now().getYear());
        assertThat(page.locator("#plan-period")).hasValue(suggested);
        page.locator("#plan-period").fill(year);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a plan for " + year)).click();
        Locator plan = page.locator("#plan");
        assertThat(plan).containsText("Account plan " + year);
        assertThat(plan.locator(".badge.plan-DRAFT")).hasText("DRAFT");

        // an objective, typed and submitted with the keyboard
        page.getByLabel("New objective", EXACT).fill("Revenue to 100k this year");
        page.getByLabel("Metric", EXACT).last().selectOption("REVENUE");
        page.getByLabel("Target", EXACT).fill("100000");
        page.getByLabel("Due", EXACT).first().fill(LocalDate.now().minusDays(1).toString());
        page.getByLabel("Target", EXACT).press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Objective added.");
        Locator objectives = page.locator("#objectives");
        assertThat(objectives).containsText("Revenue to 100k this year");
        assertThat(objectives).containsText("off track");

        // an empty title is refused beside the field
        page.getByLabel("New objective", EXACT).fill(" ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add objective")).click();
        assertThat(page.locator("#objectives .error")).containsText("must not be blank");

        // edited in place
        objectives.getByLabel("Edit objective Revenue to 100k this year").click();
        objectives.locator("details[open]").getByLabel("Target", new Locator.GetByLabelOptions().setExact(true))
                .fill("50000");
        objectives.locator("details[open]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Objective saved.");
        assertThat(objectives).containsText("50,000.00");

        // an action for the objective, then done
        page.getByLabel("New action", EXACT).fill("Call the plant manager");
        page.locator("#action-objective").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Revenue to 100k this year"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add action")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Action added.");
        page.locator("#actions").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("mark done")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Action done.");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activate")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Plan is now ACTIVE.");
        page.getByLabel("Strengths", EXACT).fill("Installed base in every plant\nService team on site");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save SWOT")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("SWOT saved.");
        Browser.screenshot(page, "plan-editor");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review the plan")).click();
        assertThat(page.locator("#off-track")).containsText("Revenue to 100k this year");
        assertThat(page.locator("#off-track")).containsText("1 objective off track");
        Browser.screenshot(page, "plan-review-problems");

        page.getByLabel("Objective", EXACT).selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Revenue to 100k this year"));
        page.getByLabel("Issue found", EXACT).fill("The second plant postponed its order");
        page.getByLabel("Decision taken", EXACT).fill("Offer a pilot to the second plant");
        page.getByLabel("Follow-up", EXACT).fill("Send the pilot offer to Review Plant");
        page.getByLabel("Due", EXACT).fill(LocalDate.now().plusDays(7).toString());
        page.getByLabel("Decision taken", EXACT).press("Control+Enter");

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Review recorded");
        Locator past = page.locator("#past-reviews");
        assertThat(past).containsText("The second plant postponed its order");
        assertThat(past).containsText("Offer a pilot to the second plant");
        assertThat(past).containsText("Send the pilot offer to Review Plant");
        Browser.screenshot(page, "plan-review-recorded");

        page.navigate(baseUrl() + "/accounts/" + account + "/activity");
        assertThat(page.locator("main")).containsText("Send the pilot offer to Review Plant");
        Browser.screenshot(page, "plan-review-task-on-activity");
    }
}
