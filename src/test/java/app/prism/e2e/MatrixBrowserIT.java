package app.prism.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.prism.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The matrix in a real browser: it opens collapsed, a unit expands into its children, a cell opens its panel. */
class MatrixBrowserIT extends BrowserTest {

    @Test
    void theMatrixOpensCollapsedExpandsAUnitAndOpensACellPanel() {
        Api admin = admin();
        long account = admin.createAccount("Matrix Group ");
        long root = admin.createUnit(account, "Matrix Holding", "GROUP", null);
        long east = admin.createUnit(account, "East Division", "DIVISION", root);
        admin.createUnit(account, "East Plant", "SITE", east);
        admin.createUnit(account, "West Division", "DIVISION", root);
        String code = Api.unique("MX-").toUpperCase();
        var product = admin.post("/api/v1/products", Api.json("code", code, "name", "Matrix Widget", "family", "Browser tests",
                "typicalAnnualValue", 5000));
        org.assertj.core.api.Assertions.assertThat(product.status()).isEqualTo(201);

        Page page = signedInAsAdmin();
        page.navigate(baseUrl() + "/accounts/" + account + "/matrix");

        Locator heads = page.locator("table.matrix thead th.unit-head .uname");
        assertThat(heads).hasText(new String[] {"Matrix Holding"});          // collapsed: the root stands for its subtree

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
        assertThat(panel).containsText("We know nobody here yet");
        Browser.screenshot(page, "matrix-panel");

        // From the panel: mark the pair not applicable; the matrix reloads with the new status.
        panel.getByText("Mark not applicable").first().click();
        panel.getByLabel("Why can this unit never use it?").fill("A sales office without machines");
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark not applicable")).click();
        assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("West Division × Matrix Widget: Not applicable"))).isVisible();

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("East Plant × Matrix Widget: Whitespace")).click();
        assertThat(panel.locator("h2")).containsText(code);
        page.keyboard().press("Escape");
        assertThat(panel.locator("h2")).hasCount(0);
    }
}
