package app.prism.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.prism.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Relationships in a real browser: the risks on the Overview, a referral asked in one click and marked given. */
class ReferralBrowserIT extends BrowserTest {

    @Test
    void aReferralIsAskedInOneClickAndMarkedGiven() {
        Api admin = admin();
        long account = admin.createAccount("Referral Group ");
        long group = admin.createUnit(account, "Referral Holding", "GROUP", null);
        long east = admin.createUnit(account, "East Plant", "SITE", group);
        admin.createUnit(account, "West Plant", "SITE", group);
        long product = admin.createProduct("RB-");
        Api.Response champion = admin.post("/api/v1/units/" + east + "/contacts", Api.json("name", "Carla Champion",
                "buyingRole", "CHAMPION", "attitude", "SUPPORTER", "relationshipStrength", 3));
        org.assertj.core.api.Assertions.assertThat(champion.status()).isEqualTo(201);
        admin.post("/api/v1/sales", Api.json("unitId", east, "productId", product, "date",
                LocalDate.now().minusDays(20).toString(), "amount", 5000));

        Page page = signedInAsAdmin();

        page.navigate(baseUrl() + "/accounts/" + account + "/overview");
        Locator risks = page.locator("#risks");
        assertThat(risks).containsText("East Plant");
        assertThat(risks).containsText("Single-threaded");
        assertThat(risks).containsText("No decision maker");

        page.navigate(baseUrl() + "/accounts/" + account + "/people/map");
        assertThat(page.locator("main")).containsText("Carla Champion");
        assertThat(page.locator("#risks")).containsText("No decision maker");
        page.navigate(baseUrl() + "/accounts/" + account + "/referrals");
        page.getByLabel("Ask Carla Champion for a referral to West Plant").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Referral asked of Carla Champion");
        Locator referral = page.locator("#referrals tbody tr").first();
        assertThat(referral).containsText("Carla Champion");
        assertThat(referral).containsText("West Plant");
        assertThat(referral).containsText("Pending");
        // the unit shows the pending ask and no longer offers the same one
        assertThat(page.locator("#candidates")).containsText("Asked Carla Champion on");
        assertThat(page.getByLabel("Ask Carla Champion for a referral to West Plant")).hasCount(0);
        // "Given…" asks for the outcome: whom she introduced us to
        referral.getByText("Given…").click();
        referral.getByLabel("Whom did they introduce us to?").selectOption(String.valueOf(champion.id()));
        referral.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save as given")).click();
        assertThat(page.locator("#referrals tbody tr").first()).containsText("Given");
        assertThat(page.locator("#referrals tbody tr").first()).containsText("met Carla Champion");
        Browser.screenshot(page, "referrals");

        // a quick edit in the People table, in place
        page.navigate(baseUrl() + "/accounts/" + account + "/people");
        page.getByLabel("Quick edit Carla Champion").click();
        Locator row = page.locator("#contact-" + champion.id());
        row.getByLabel("Attitude").selectOption("NEUTRAL");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#contact-" + champion.id())).containsText("NEUTRAL");
        assertThat(page.locator("#contact-" + champion.id())).containsText("Quick edit");

        // the referrer's page shows what we asked of her
        page.navigate(baseUrl() + "/contacts/" + champion.id() + "/edit");
        assertThat(page.locator("#asks")).containsText("West Plant");
        assertThat(page.locator("#asks")).containsText("GIVEN");
    }
}
