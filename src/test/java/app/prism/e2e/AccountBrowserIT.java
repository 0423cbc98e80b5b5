package app.prism.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The main path of the foundation in a real browser: sign in, create an account, build its tree, use a token. */
class AccountBrowserIT extends BrowserTest {

    @Test
    void aManagerCreatesAnAccountAddsUnitsAndSeesThemInTheTree() {
        Page page = signedInAsAdmin();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Administrator"))).isVisible();
        String name = unique("Browser Group ");

        page.navigate(baseUrl() + "/accounts/new");
        page.locator("#new-account").getByLabel("Name").fill(name);
        page.locator("#new-account").getByLabel("Headquarters country").fill("de");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();

        // A new account opens on its Units tab, with the "add a unit" form already open.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Units"))).hasAttribute("aria-current", "page");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Holding");
        page.locator("#new-unit-kind").selectOption("GROUP");
        page.locator("#new-unit-country").fill("DE");
        page.locator("#new-unit-city").fill("Stuttgart");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add unit")).click();

        Locator tree = page.locator("#unit-tree");
        assertThat(tree.locator(".unit .name")).hasText("Holding");
        assertThat(tree.getByRole(AriaRole.STATUS)).containsText("Added Holding.");

        // A sub-unit, added inline under the root (htmx swaps the tree in place).
        Locator addUnder = tree.locator(".unit", new Locator.LocatorOptions().setHasText("Holding")).first()
                .locator("details", new Locator.LocatorOptions().setHasText("+ Sub-unit"));
        addUnder.locator("summary").click();
        addUnder.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("Werk Lyon");
        addUnder.getByLabel("Kind").selectOption("SITE");
        addUnder.getByLabel("Country").fill("FR");
        addUnder.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add")).click();

        assertThat(tree.locator("ul.tree > li > ul .unit .name")).hasText("Werk Lyon");
        Browser.screenshot(page, "account-units");

        // What the browser built is what the API serves.
        long accountId = Long.parseLong(page.url().replaceAll(".*/accounts/(\\d+)/units.*", "$1"));
        var units = admin().get("/api/v1/accounts/" + accountId + "/units").json();
        assertThat(units).hasSize(1);
        assertThat(units.get(0).get("name").asString()).isEqualTo("Holding");
        assertThat(units.get(0).get("children").get(0).get("name").asString()).isEqualTo("Werk Lyon");
        assertThat(units.get(0).get("children").get(0).get("depth").asInt()).isEqualTo(2);
    }

    @Test
    void formErrorsAppearBesideTheFieldAndNothingIsStored() {
        Page page = signedInAsAdmin();
        page.navigate(baseUrl() + "/accounts/new");
        String name = unique("Bad Country ");
        page.locator("#new-account").getByLabel("Name").fill(name);
        page.locator("#new-account").getByLabel("Headquarters country").fill("XX");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();

        assertThat(page.locator("#new-account .field.has-error .error")).containsText("ISO 3166");
        assertThat(page.locator("#new-account").getByLabel("Name")).hasValue(name);
        assertThat(admin().get("/api/v1/accounts?q=" + name.replace(" ", "%20")).json().get("total").asInt()).isZero();
    }

    @Test
    void aTokenCreatedInTheUiIsShownOnceAndSignsInTheApiUntilRevoked() {
        Page page = signedInAsAdmin();
        page.navigate(baseUrl() + "/me/tokens");
        page.getByLabel("What is it for?").fill("browser test");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
        String token = page.locator("#new-token").textContent().strip();
        assertThat(token).startsWith("prism_");

        Api api = Api.bearer(baseUrl(), token);
        assertThat(api.get("/api/v1/accounts").status()).isEqualTo(200);

        page.reload();
        assertThat(page.locator("#new-token")).hasCount(0);
        page.locator("tr", new Page.LocatorOptions().setHasText("browser test"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Token revoked");
        assertThat(api.get("/api/v1/accounts").status()).isEqualTo(401);
    }
}
