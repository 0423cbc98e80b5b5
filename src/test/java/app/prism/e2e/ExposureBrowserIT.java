package app.prism.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.prism.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Exposure in a real browser: a gap shows on the Exposure tab, a touchpoint logged from a matrix cell closes it. */
class ExposureBrowserIT extends BrowserTest {

    @Test
    void aTouchpointLoggedFromAMatrixCellClosesTheGap() {
        Api admin = admin();
        long account = admin.createAccount("Exposure Group ");
        long plant = admin.createUnit(account, "Exposure Plant", "SITE", null);
        long greta = admin.createContact(plant, "Greta Gap");
        String code = Api.unique("EX-").toUpperCase();
        var product = admin.post("/api/v1/products", Api.json("code", code, "name", "Exposure Widget", "family",
                "Browser tests"));
        org.assertj.core.api.Assertions.assertThat(product.status()).isEqualTo(201);

        Page page = signedInAsAdmin();

        page.navigate(baseUrl() + "/accounts/" + account + "/exposure");
        Locator gretasGaps = page.locator("#gaps-" + greta);
        assertThat(gretasGaps).containsText("Greta Gap");
        assertThat(gretasGaps.locator("li", new Locator.LocatorOptions().setHasText(code))).containsText("never");
        assertThat(page.locator("#awareness")).containsText("awareness");
        // the trend's axis names months as the reader's locale does ("Jun 2026"), not "2026-06"
        assertThat(page.locator("[data-chart=awareness-trend][data-drawn] svg")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.locator("[data-chart=awareness-trend] svg").textContent())
                .doesNotContainPattern("\\d{4}-\\d{2}").containsPattern("[A-Z][a-z]{2,3} \\d{4}");
        Browser.screenshot(page, "exposure-tab");

        page.navigate(baseUrl() + "/accounts/" + account + "/matrix");
        Locator row = page.locator("table.matrix tbody tr", new Page.LocatorOptions().setHasText(code));
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Exposure Plant × Exposure Widget: Whitespace"))
                .click();
        Locator panel = page.locator("#cell-panel");
        assertThat(panel.locator("#heard")).containsText("Greta Gap");
        assertThat(panel.locator("#heard")).containsText("never heard about it");
        panel.getByLabel("Log that the ticked people heard about it").selectOption("DEMO");
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Log touchpoint")).click();
        assertThat(panel.locator("#heard")).containsText("Logged.");
        assertThat(panel.locator("#heard")).containsText("heard " + Browser.date(java.time.LocalDate.now()));
        Browser.screenshot(page, "matrix-panel-heard");

        page.navigate(baseUrl() + "/accounts/" + account + "/exposure");
        assertThat(page.locator("#gaps-" + greta + " li", new Page.LocatorOptions().setHasText(code))).hasCount(0);
        assertThat(page.locator("section", new Page.LocatorOptions().setHasText("Recent touchpoints")).last())
                .containsText("Demo");
    }

    @Test
    void aTouchpointIsLoggedWithThePickersOnTheExposureTab() {
        Api admin = admin();
        long account = admin.createAccount("Picker Group ");
        long plant = admin.createUnit(account, "Picker Plant", "SITE", null);
        long hugo = admin.createContact(plant, "Hugo Picker");
        admin.createContact(plant, "Ida Other");
        long lea = admin.createContact(plant, "Lea Left");
        org.assertj.core.api.Assertions.assertThat(admin.patch("/api/v1/contacts/" + lea, Api.json("active", false))
                .status()).isEqualTo(200);
        String code = Api.unique("PK-").toUpperCase();
        admin.post("/api/v1/products", Api.json("code", code, "name", "Picker Widget", "family", "Browser tests"));

        Page page = signedInAsAdmin();
        page.navigate(baseUrl() + "/accounts/" + account + "/exposure");

        page.locator("#log summary").click();
        Locator contactFilter = page.getByLabel("Filter contacts");
        contactFilter.fill("hugo");
        assertThat(page.locator("#log label.picker-item", new Page.LocatorOptions().setHasText("Ida Other"))).isHidden();
        // someone who left is not offered
        assertThat(page.locator("#log label.picker-item", new Page.LocatorOptions().setHasText("Lea Left"))).hasCount(0);
        contactFilter.press("Enter");                       // ticks the only match
        // what is ticked shows above the list, whatever the filter hides
        assertThat(page.locator("#log [data-chosen-for=contact-options]")).containsText("Hugo Picker");
        page.getByLabel("Filter products").fill(code.toLowerCase());
        page.getByLabel("Filter products").press("Enter");
        page.locator("#log").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Log touchpoint")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Touchpoint logged: 1 contact(s) heard about 1 product(s)");
        assertThat(page.locator("#gaps-" + hugo + " li", new Page.LocatorOptions().setHasText(code))).hasCount(0);
        Browser.screenshot(page, "exposure-logged");

        // "Plan it" on the other contact's gaps puts a task on my list
        page.getByLabel("Plan a task to tell Ida Other").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Planned: “Tell Ida Other about");
        page.navigate(baseUrl() + "/accounts/" + account + "/activity");
        assertThat(page.locator("main")).containsText("Tell Ida Other about");
    }
}
