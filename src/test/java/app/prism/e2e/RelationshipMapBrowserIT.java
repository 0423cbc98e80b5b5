package app.prism.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.prism.support.Api;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The relationship map in a real browser: find a person, collapse a unit, zoom, download the PNG. */
class RelationshipMapBrowserIT extends BrowserTest {

    private long contact(Api admin, long unit, String name, String title, String role, String attitude, int strength,
            Long boss, List<Long> owners) {
        Api.Response r = admin.post("/api/v1/units/" + unit + "/contacts", Api.json("name", name, "title", title,
                "buyingRole", role, "attitude", attitude, "relationshipStrength", strength, "reportsToId", boss,
                "ownerUserIds", owners));
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    /** Like Browser.screenshot, with a longer timeout: the machine is shared and a busy CPU slows Chromium down. */
    private static void screenshot(Page page, String name) {
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Paths.get("target/screenshots"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target/screenshots", name + ".png"))
                .setFullPage(false)
                .setTimeout(120_000));
    }

    @Test
    void findsAPersonCollapsesAUnitAndExportsTheMap() {
        Api admin = admin();
        long me = admin.get("/api/v1/users?q=" + Api.encode(ADMIN_EMAIL)).json().path("items").get(0).path("id").asLong();
        long account = admin.createAccount("Mapped Group ");
        long group = admin.createUnit(account, "Mapped Holding", "GROUP", null);
        long sales = admin.createUnit(account, "Sales Europe", "DIVISION", group);
        long plant = admin.createUnit(account, "Plant Lyon", "SITE", group);
        long it = admin.createUnit(account, "Group IT", "DEPARTMENT", group);
        long ceo = contact(admin, group, "Clara Chief", "Chief Executive", "ECONOMIC_BUYER", "SUPPORTER", 3, null,
                List.of(me));
        long cfo = contact(admin, group, "Felix Finance", "CFO", "DECISION_MAKER", "NEUTRAL", 2, ceo, List.of());
        contact(admin, group, "Gina Gate", "Assistant to the CEO", "GATEKEEPER", "UNKNOWN", 1, ceo, List.of(me));
        long vp = contact(admin, sales, "Victor Sales", "VP Sales Europe", "CHAMPION", "SUPPORTER", 2, ceo, List.of(me));
        contact(admin, sales, "Dora Detractor", "Sales Ops", "INFLUENCER", "DETRACTOR", 1, vp, List.of());
        contact(admin, plant, "Paul Plant", "Plant Manager", "USER", "NEUTRAL", 1, null, List.of());
        long cio = contact(admin, it, "Ines Info", "CIO", "DECISION_MAKER", "SUPPORTER", 3, cfo, List.of(me));
        List<String> team = new ArrayList<>(List.of("Ada Admin", "Ben Backend", "Cem Cloud"));
        for (String name : team) contact(admin, it, name, "Engineer", "USER", "UNKNOWN", 0, cio, List.of());

        Page page = signedInAsAdmin();

        page.navigate(baseUrl() + "/accounts/" + account + "/people");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Relationship map")).click();
        assertThat(page).hasURL(baseUrl() + "/accounts/" + account + "/people/map");
        screenshot(page, "relationship-map-opened");
        Locator plantUnit = page.locator("#map-unit-" + plant);
        assertThat(plantUnit.locator(".card.gap")).containsText("No decision maker known here");
        assertThat(page.locator("#map-unit-" + group + " > .map-people .card.gap")).hasCount(0);
        assertThat(page.locator("#person-" + vp)).containsText("↑ reports to Clara Chief");

        page.locator("#map-unit-" + it + " > summary").click(); // collapse Group IT
        assertThat(page.locator("#map-unit-" + it)).not().hasAttribute("open", "");
        assertThat(page.locator("#person-" + cio)).isHidden();

        page.getByPlaceholder("Find a person").fill("ines");
        assertThat(page.locator("#person-" + cio)).isVisible(); // the search opened the unit again
        assertThat(page.locator("#person-" + cio)).hasClass(java.util.regex.Pattern.compile("current"));
        assertThat(page.locator("[data-map-found]")).hasText("1 found");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoom out")).click();
        assertThat(page.locator("[data-map-zoom-level]")).hasText("85%");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset zoom")).click();

        page.locator("#map-unit-" + plant + " > summary").click(); // collapse the plant for the screenshot
        page.getByPlaceholder("Find a person").fill("");
        page.evaluate("window.scrollTo(0, 0)");
        screenshot(page, "relationship-map");

        Download png = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Download PNG")).click());
        org.assertj.core.api.Assertions.assertThat(png.suggestedFilename()).endsWith(".png");
        try (var in = png.createReadStream()) {
            byte[] head = in.readNBytes(8);
            org.assertj.core.api.Assertions.assertThat(head[1]).isEqualTo((byte) 'P');
            org.assertj.core.api.Assertions.assertThat(head[2]).isEqualTo((byte) 'N');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        page.navigate(baseUrl() + "/accounts/" + account + "/people/map.svg");
        screenshot(page, "relationship-map-svg");
    }

    @Test
    void aChampionWhoLeftIsFollowedFromTheOverviewAndTheHandoverPageShowsTheBusFactor() {
        Api admin = admin();
        long me = admin.get("/api/v1/users?q=" + Api.encode(ADMIN_EMAIL)).json().path("items").get(0).path("id").asLong();
        long from = admin.createAccount("Sponsor Source ");
        long fromUnit = admin.createUnit(from, "Purchasing", "DEPARTMENT", null);
        long to = admin.createAccount("Sponsor Target ");
        admin.createUnit(to, "Target HQ", "COMPANY", null);
        String toName = admin.get("/api/v1/accounts/" + to).json().path("name").asString();
        long champion = contact(admin, fromUnit, "Chris Champion", "Head of Purchasing", "CHAMPION", "SUPPORTER", 3,
                null, List.of(me));

        Page page = signedInAsAdmin();

        page.navigate(baseUrl() + "/contacts/" + champion + "/edit");
        page.getByLabel("Still with the customer").uncheck();
        page.getByLabel("New organisation").fill(toName);
        page.getByLabel("Their new title").fill("Chief Procurement Officer");
        screenshot(page, "contact-left");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save contact")).click();

        page.navigate(baseUrl() + "/accounts/" + from + "/overview");
        Locator alert = page.locator("#sponsor-left");
        assertThat(alert).containsText("Chris Champion");
        assertThat(alert).containsText("moved to " + toName + " as Chief Procurement Officer");
        screenshot(page, "sponsor-left");
        alert.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add them there (" + toName + ")")).click();
        assertThat(page.locator("#c-note")).hasValue(java.util.regex.Pattern.compile("Moved from Sponsor Source .*"));
        assertThat(page.getByLabel("Name", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))).hasValue("Chris Champion");

        page.navigate(baseUrl() + "/admin/handover?userId=" + me);
        assertThat(page.locator("#handover-account-" + to)).containsText("only owner");
        screenshot(page, "handover");
    }
}
