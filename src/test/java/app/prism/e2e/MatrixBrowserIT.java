package app.prism.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.prism.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The matrix in a real browser: how deep it opens, a unit closing and opening, a cell's panel (its value, its actions),
 * the highlight of one status, and the keyboard (arrow keys through the grid, focus into the panel and back).
 */
class MatrixBrowserIT extends BrowserTest {

    @Test
    void aSmallTreeOpensWholeAndACellPanelShowsItsValueAndActions() {
        Api admin = admin();
        long account = admin.createAccount("Matrix Group ");
        long root = admin.createUnit(account, "Matrix Holding", "GROUP", null);
        long east = admin.createUnit(account, "East Division", "DIVISION", root);
        admin.createUnit(account, "East Plant", "SITE", east);
        admin.createUnit(account, "West Division", "DIVISION", root);
        String code = newProduct(admin, "Matrix Widget", 5000).code();

        Page page = signedInAsAdmin();
        page.navigate(baseUrl() + "/accounts/" + account + "/matrix");

        // four units are fewer than eight columns: the whole tree is open, every unit standing for itself
        Locator heads = page.locator("table.matrix thead th.unit-head .uname");
        assertThat(heads).hasText(new String[] {"Matrix Holding", "East Division", "East Plant", "West Division"});
        page.getByLabel("Close Matrix Holding").click();
        assertThat(heads).hasText(new String[] {"Matrix Holding"});
        assertThat(page.locator(".rolled-note")).containsText("adds up the unit and every unit below it");
        page.getByLabel("Open Matrix Holding").click();
        assertThat(heads).hasText(new String[] {"Matrix Holding", "East Division", "West Division"});
        page.getByLabel("Open East Division").click();
        assertThat(heads).hasText(new String[] {"Matrix Holding", "East Division", "East Plant", "West Division"});

        Locator row = page.locator("table.matrix tbody tr", new Page.LocatorOptions().setHasText(code));
        Locator westCell = row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("West Division × Matrix Widget: Whitespace"));
        assertThat(westCell).isVisible();
        westCell.click();

        Locator panel = page.locator("#cell-panel");
        assertThat(panel.locator("h2")).containsText(code);
        assertThat(panel).containsText("Whitespace");
        assertThat(panel.locator("[data-whitespace-value]")).containsText("Worth EUR 5,000 a year");
        assertThat(panel).containsText("We know nobody here yet");
        // the opportunity form starts from that value and holds nothing about marking the cell not applicable
        panel.getByText("Open an opportunity").click();
        Locator opportunityForm = panel.locator("form[action$='/matrix/cell/opportunity']");
        assertThat(opportunityForm.getByLabel("Value")).hasValue("5000.00");
        assertThat(opportunityForm).not().containsText("not applicable");
        Browser.screenshot(page, "matrix-panel");

        // From the panel: mark the pair not applicable; the matrix reloads with the new status.
        panel.locator("section.not-a-fit").getByText("Mark not applicable").first().click();
        panel.getByLabel("Why can this unit never use it?").fill("A sales office without machines");
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark not applicable")).click();
        assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("West Division × Matrix Widget: Not applicable"))).isVisible();

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("East Plant × Matrix Widget: Whitespace")).click();
        assertThat(panel.locator("h2")).containsText(code);
        page.keyboard().press("Escape");
        assertThat(panel.locator("h2")).hasCount(0);
    }

    @Test
    void aSingleRootAccountOpensOnItsDivisionsAndTheHighlightKeepsItsStatusInFullColour() {
        Api admin = admin();
        long account = admin.createAccount("Wide Group ");
        long root = admin.createUnit(account, "Wide Holding", "GROUP", null);
        for (int i = 1; i <= 9; i++) {
            long division = admin.createUnit(account, "Division " + i, "DIVISION", root);
            admin.createUnit(account, "Site " + i, "SITE", division);
        }
        Product product = newProduct(admin, "Wide Widget", 1200);
        String code = product.code();
        long notApplicableAt = admin.createUnit(account, "Division 10", "DIVISION", root);
        var mark = admin.post("/api/v1/fit-marks", Api.json("unitId", notApplicableAt, "productId", product.id(),
                "reason", "No machines there"));
        org.assertj.core.api.Assertions.assertThat(mark.status()).isEqualTo(201);

        Page page = signedInAsAdmin();
        page.navigate(baseUrl() + "/accounts/" + account + "/matrix");
        // the root alone would be one rolled-up column: the divisions show (11 columns), their sites stay closed
        Locator heads = page.locator("table.matrix thead th.unit-head .uname");
        assertThat(heads).hasCount(11);
        assertThat(heads.first()).hasText("Wide Holding");
        assertThat(page.locator("table.matrix thead th.unit-head.rolled")).hasCount(9);

        page.navigate(baseUrl() + "/accounts/" + account + "/matrix?status=WHITESPACE");
        Locator row = page.locator("table.matrix tbody tr", new Page.LocatorOptions().setHasText(code));
        Locator whitespace = row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Division 3 × Wide Widget: Whitespace"));
        Locator notApplicable = row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Division 10 × Wide Widget: Not applicable"));
        org.assertj.core.api.Assertions.assertThat(opacity(whitespace)).isEqualTo("1");
        org.assertj.core.api.Assertions.assertThat(Double.parseDouble(opacity(notApplicable))).isLessThan(0.5);
        Browser.screenshot(page, "matrix-highlight");
    }

    @Test
    void theKeyboardMovesThroughTheGridIntoThePanelAndBack() {
        Api admin = admin();
        long account = admin.createAccount("Keys Group ");
        long root = admin.createUnit(account, "Keys Holding", "GROUP", null);
        admin.createUnit(account, "North", "DIVISION", root);
        admin.createUnit(account, "South", "DIVISION", root);
        String code = newProduct(admin, "Keys Widget", 800).code();

        Page page = signedInAsAdmin();
        page.navigate(baseUrl() + "/accounts/" + account + "/matrix");
        Locator row = page.locator("table.matrix tbody tr", new Page.LocatorOptions().setHasText(code));
        Locator first = row.locator("td.cell button").first();
        first.focus();
        org.assertj.core.api.Assertions.assertThat(focused(page)).isEqualTo("Keys Holding × Keys Widget: Whitespace");
        page.keyboard().press("ArrowRight");
        org.assertj.core.api.Assertions.assertThat(focused(page)).isEqualTo("North × Keys Widget: Whitespace");
        page.keyboard().press("End");
        org.assertj.core.api.Assertions.assertThat(focused(page)).isEqualTo("South × Keys Widget: Whitespace");
        page.keyboard().press("Home");
        org.assertj.core.api.Assertions.assertThat(focused(page)).isEqualTo("Keys Holding × Keys Widget: Whitespace");
        page.keyboard().press("ArrowRight");
        // the grid is a single Tab stop: only the cell last moved to takes Tab
        org.assertj.core.api.Assertions.assertThat(page.locator("table.matrix td.cell button[tabindex='0']").count()).isEqualTo(1);

        page.keyboard().press("Enter");
        Locator panel = page.locator("#cell-panel");
        assertThat(panel.locator("h2")).containsText(code);
        assertThat(panel.locator("h2")).isFocused();
        page.keyboard().press("Escape");
        assertThat(panel.locator("h2")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(focused(page)).isEqualTo("North × Keys Widget: Whitespace");
    }

    @Test
    void aPotentialSetInTheSidePanelShowsItsShareInTheCellAndTheShareOfWalletView() {
        Api admin = admin();
        long account = admin.createAccount("Wallet Group ");
        long root = admin.createUnit(account, "Wallet Holding", "GROUP", null);
        long plant = admin.createUnit(account, "Wallet Plant", "SITE", root);
        Product product = newProduct(admin, "Wallet Widget", 900);
        var sale = admin.post("/api/v1/sales", Api.json("unitId", plant, "productId", product.id(), "date",
                java.time.LocalDate.now().minusDays(5).toString(), "amount", 2500));
        org.assertj.core.api.Assertions.assertThat(sale.status()).isEqualTo(201);

        Page page = signedInAsAdmin();
        page.navigate(baseUrl() + "/accounts/" + account + "/matrix");
        Locator row = page.locator("table.matrix tbody tr", new Page.LocatorOptions().setHasText(product.code()));
        Locator cell = row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Wallet Plant × Wallet Widget: Buying"));
        cell.focus();
        page.keyboard().press("Enter");
        Locator panel = page.locator("#cell-panel");
        assertThat(panel.locator("[data-wallet]")).containsText("No potential set");

        // keyboard only: type the potential, Tab to the competitor, Enter submits
        panel.getByLabel("Potential a year").fill("abc");
        panel.getByLabel("Potential a year").press("Enter");
        assertThat(panel.locator("#wallet-potential-error")).containsText("must be an amount");
        assertThat(panel.getByLabel("Potential a year")).hasAttribute("aria-invalid", "true");
        panel.getByLabel("Potential a year").fill("10000");
        page.keyboard().press("Tab");
        page.keyboard().type("Rival AG");
        page.keyboard().press("Enter");
        assertThat(panel.locator("[data-saved]")).containsText("Saved");
        assertThat(panel.locator("[data-share]")).hasText("25.0%");
        assertThat(panel.locator("[data-competitor]")).hasText("Rival AG");
        // the grid's cell is redrawn at once, its label saying the share
        assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Wallet Plant × Wallet Widget: Buying, EUR 2,500.00, potential EUR 10,000.00, share of wallet 25.0%, competitor Rival AG")))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(admin.get("/api/v1/cells?accountId=" + account).json().get(0)
                .get("potential").decimalValue()).isEqualByComparingTo("10000");
        Browser.screenshot(page, "matrix-wallet-panel");

        // a second edit at the version the panel now holds: accepted (the version moved with the first)
        panel.getByLabel("Potential a year").fill("2000");
        panel.getByLabel("Potential a year").press("Enter");
        assertThat(panel.locator("[data-flag]")).containsText("below the revenue");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Share of wallet")).click();
        Locator walletCell = page.locator("table.matrix.view-wallet tbody tr", new Page.LocatorOptions()
                .setHasText(product.code())).locator("#c-" + plant + "-" + product.id());
        assertThat(walletCell.locator(".share")).hasText("125.0%");
        assertThat(walletCell.locator(".flag")).isVisible();
        assertThat(page.locator(".legend")).containsText("no potential set");
        Browser.screenshot(page, "matrix-wallet-view");
    }

    private record Product(String code, long id) {}

    private static Product newProduct(Api admin, String name, int value) {
        String code = Api.unique("MX-").toUpperCase();
        var product = admin.post("/api/v1/products", Api.json("code", code, "name", name, "family", "Browser tests",
                "typicalAnnualValue", value));
        org.assertj.core.api.Assertions.assertThat(product.status()).isEqualTo(201);
        return new Product(code, product.id());
    }

    private static String opacity(Locator button) {
        return (String) button.evaluate("b => getComputedStyle(b).opacity");
    }

    private static String focused(Page page) {
        return (String) page.evaluate("() => document.activeElement.getAttribute('aria-label')");
    }
}
