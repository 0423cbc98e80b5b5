package app.prism.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The Sales tab in a real browser: CSV upload, preview with row errors, import; opportunities and fit marks. */
class SalesBrowserIT extends BrowserTest {

    private static FilePayload csv(String name, String text) {
        return new FilePayload(name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCsvIsPreviewedWithItsRowErrorsThenFixedAndImported() {
        Api admin = admin();
        long account = admin.createAccount("Upload ");
        long unit = admin.createUnit(account, "Werk Ulm", "SITE", null);
        admin.patch("/api/v1/units/" + unit, Api.json("externalId", "ULM"));
        String code = unique("U-");
        admin.post("/api/v1/products", Api.json("code", code, "name", "Valve"));
        Page page = signedInAsAdmin();

        page.navigate(baseUrl() + "/accounts/" + account + "/overview");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sales")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sales"))).hasAttribute("aria-current", "page");

        page.getByLabel("CSV file", new Page.GetByLabelOptions().setExact(true)).setInputFiles(csv("bad.csv", "unitExternalId,productCode,date,amount\n"
                + "ULM," + code + ",2026-01-05,100.00\nULM," + code + ",2026-02-30,5\nNOPE," + code + ",2026-01-06,1.234\n"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check file")).click();

        Locator problems = page.locator("#sales-preview .alert.error");
        assertThat(problems).containsText("row 2.date");
        assertThat(problems).containsText("row 3.unitExternalId");
        assertThat(problems).containsText("row 3.amount");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 3 rows"))).hasCount(0);

        page.getByLabel("CSV file", new Page.GetByLabelOptions().setExact(true)).setInputFiles(csv("good.csv", "unitExternalId,productCode,date,amount,cost\n"
                + "ULM," + code + ",2026-01-05,100.00,60\nULM," + code + ",2026-01-20,-20.50,\n"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check file")).click();
        assertThat(page.locator("#sales-preview")).containsText("2 line(s), all valid");
        assertThat(page.locator("#sales-preview table tbody tr")).hasCount(2);
        Browser.screenshot(page, "sales-preview");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 rows")).click();

        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("stored")))
                .containsText("2 sales line(s) from good.csv stored.");
        assertThat(page.locator("#sales-content table").last().locator("tbody tr")).hasCount(2);
        assertThat(page.locator("#sales-content table").last()).containsText("-20.50");
        assertThat(admin.get("/api/v1/sales?accountId=" + account).json().path("total").asLong()).isEqualTo(2);
        Browser.screenshot(page, "sales-imported");
    }

    @Test
    void anOpportunityIsAddedLostWithAReasonAndAFitMarkIsSetAndRemoved() {
        Api admin = admin();
        long account = admin.createAccount("Pipeline ");
        admin.createUnit(account, "Werk Graz", "SITE", null);
        String code = unique("O-");
        long product = admin.post("/api/v1/products", Api.json("code", code, "name", "Sensor")).id();
        Page page = signedInAsAdmin();
        page.navigate(baseUrl() + "/accounts/" + account + "/opportunities");

        // An open opportunity with a competitor: the error is shown beside the field.
        Locator form = page.locator("#new-opportunity");
        form.getByLabel("Title").fill("Sensors for line 3");
        form.getByLabel("Product").selectOption(String.valueOf(product));
        form.getByLabel("Competitor (when lost)").fill("Acme");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add opportunity")).click();
        assertThat(page.locator("#new-opportunity .field.has-error")).containsText("only a LOST opportunity has a competitor");

        page.locator("#new-opportunity").getByLabel("Competitor (when lost)").fill("");
        page.locator("#new-opportunity").getByLabel("Value (EUR)").fill("12000");
        page.locator("#new-opportunity").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add opportunity")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Opportunity 'Sensors for line 3' added.");

        // Inline stage change (htmx swaps the row): lost, with its reason and the competitor who won.
        Locator row = page.locator("tr[id^=opportunity-]");
        row.getByLabel("Stage").selectOption("LOST");
        row.getByLabel("Loss reason (when lost)").selectOption("UNAWARE_WE_OFFER_IT");
        row.getByLabel("Competitor (when lost)").fill("Acme");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(row).containsText("Unaware we offer it · to Acme");
        var stored = admin.get("/api/v1/opportunities?accountId=" + account).json().path("items").get(0);
        assertThat(stored.path("stage").asString()).isEqualTo("LOST");
        assertThat(stored.path("competitor").asString()).isEqualTo("Acme");

        // A fit mark, then a duplicate refused, then removed.
        Locator fit = page.locator("form[action$='/fit-marks']");
        fit.getByLabel("Product").selectOption(String.valueOf(product));
        fit.getByLabel("Reason").fill("No production here");
        fit.getByLabel("Reason").press("Enter");
        assertThat(page.locator("#fit-marks + p + .table-wrap")).containsText("No production here");
        page.locator("form[action$='/fit-marks']").getByLabel("Product").selectOption(String.valueOf(product));
        page.locator("form[action$='/fit-marks']").getByLabel("Reason").fill("Again");
        page.locator("form[action$='/fit-marks']").getByLabel("Reason").press("Enter");
        assertThat(page.locator("form[action$='/fit-marks']").locator("xpath=..").locator(".alert.error")).containsText("already marked not applicable");
        Browser.screenshot(page, "sales-opportunities");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove fit mark of No production here")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Fit mark removed");
        assertThat(admin.get("/api/v1/fit-marks?accountId=" + account).json().path("total").asLong()).isZero();
    }
}
