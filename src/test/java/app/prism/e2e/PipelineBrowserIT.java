package app.prism.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The Pipeline board in a real browser: a card moves to another stage by keyboard, and a stale move says so. */
class PipelineBrowserIT extends BrowserTest {

    @Test
    void aCardMovesToAnotherStageAndAStaleMoveIsExplained() {
        Api admin = admin();
        long account = admin.createAccount("Board ");
        long unit = admin.createUnit(account, "Werk Linz", "SITE", null);
        long product = admin.createProduct("B-");
        String close = YearMonth.now().plusMonths(1).atDay(10).toString();
        long id = admin.post("/api/v1/opportunities", Api.json("unitId", unit, "productId", product, "title",
                "Drives for hall 4", "value", 20000, "closeDate", close)).id();
        long other = admin.post("/api/v1/opportunities", Api.json("unitId", unit, "productId", product, "title",
                "Sensors for hall 5", "value", 5000, "closeDate", close)).id();
        Page page = signedInAsAdmin();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pipeline").setExact(true)).click();
        page.navigate(baseUrl() + "/pipeline?accountId=" + account);
        Locator card = page.locator("#card-" + id);
        assertThat(page.locator("#stage-QUALIFY #card-" + id)).isVisible();

        // keyboard only: choose the stage in the card's select, then press Enter on its Move button
        card.getByLabel("Stage of Drives for hall 4").selectOption("PROPOSE");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move Drives for hall 4")).focus();
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("moved to PROPOSE");
        assertThat(page.locator("#stage-PROPOSE #card-" + id)).isVisible();
        assertThat(page.locator("#stage-PROPOSE")).containsText("weighted EUR 12,000");
        assertThat(admin.get("/api/v1/opportunities/" + id).json().path("salesStage").asString()).isEqualTo("PROPOSE");

        // someone else moves the other card meanwhile: this board's version of it is stale
        admin.patch("/api/v1/opportunities/" + other, Api.json("salesStage", "DEVELOP"));
        Locator stale = page.locator("#card-" + other);
        stale.getByLabel("Stage of Sensors for hall 5").selectOption("NEGOTIATE");
        stale.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move Sensors for hall 5")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Someone else changed this opportunity");
        assertThat(page.locator("#stage-DEVELOP #card-" + other)).isVisible();
        assertThat(admin.get("/api/v1/opportunities/" + other).json().path("salesStage").asString())
                .isEqualTo("DEVELOP");
        Browser.screenshot(page, "pipeline-board");
    }
}
