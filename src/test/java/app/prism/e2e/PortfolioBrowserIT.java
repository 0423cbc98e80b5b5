package app.prism.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.prism.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The portfolio in a real browser: the bubble chart places the rated accounts, a click on a bubble opens the account,
 * and the guided rating form saves and moves on to the next account.
 */
class PortfolioBrowserIT extends BrowserTest {

    @Test
    void theChartPlacesTheRatedAccountsAndABubbleClickOpensTheAccount() {
        Api admin = admin();
        // Keys of this run only, so accounts rated by other tests are not scored under this model.
        String fit = Api.unique("fit_").toLowerCase().replace('-', '_');
        String position = Api.unique("pos_").toLowerCase().replace('-', '_');
        var model = admin.put("/api/v1/scoring/model", Api.json("threshold", 5, "criteria", List.of(
                Map.of("key", fit, "name", "Strategic fit", "axis", "ATTRACTIVENESS", "weight", 1,
                        "description", "Matches what we are best at"),
                Map.of("key", position, "name", "Competitive position", "axis", "STRENGTH", "weight", 1))));
        org.assertj.core.api.Assertions.assertThat(model.status()).as(model.toString()).isEqualTo(200);
        String prefix = Api.unique("Bubble ");
        long star = createAccount(admin, prefix + " Star");
        long small = createAccount(admin, prefix + " Small");
        rate(admin, star, fit, 8, position, 7);
        rate(admin, small, fit, 2, position, 3);

        Page page = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD, 1400, 1000);
        page.navigate(baseUrl() + "/portfolio?q=" + Api.encode(prefix));
        Locator chart = page.locator("#portfolio-chart[data-drawn]");
        assertThat(chart).isVisible();
        assertThat(page.locator("#portfolio-table tbody tr")).hasCount(2);
        assertThat(page.locator("#portfolio-table")).containsText("STRATEGIC");
        assertThat(page.locator("#portfolio-table")).containsText("OPPORTUNISTIC");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(prefix + " Star").setExact(true)))
                .hasCount(2);                                                      // the table and the recommended list

        // Where ECharts drew the Star bubble (strength 7, attractiveness 8), in page pixels.
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) page.evaluate("""
                () => {
                  const el = document.getElementById('portfolio-chart');
                  const chart = echarts.getInstanceByDom(el);
                  const p = chart.convertToPixel({ seriesIndex: 0 }, [7, 8]);
                  const box = el.getBoundingClientRect();
                  return [box.left + p[0], box.top + p[1]];
                }""");
        page.mouse().move(at.get(0).doubleValue(), at.get(1).doubleValue());
        assertThat(page.locator("#portfolio-chart")).containsText(prefix + " Star");          // the hover tooltip
        Browser.screenshot(page, "portfolio");
        page.mouse().click(at.get(0).doubleValue(), at.get(1).doubleValue());
        page.waitForURL(Pattern.compile(".*/accounts/" + star + "/overview$"));
        assertThat(page.locator("h1")).hasText(prefix + " Star");
    }

    /** Issue 13 item 16: bubbles carry their accounts' names, and where many crowd together no two names overlap. */
    @Test
    void crowdedBubblesAreLabelledWithoutOverlappingNames() {
        Api admin = admin();
        String[] keys = new String[4];
        for (int i = 0; i < 4; i++) keys[i] = Api.unique("k" + i + "_").toLowerCase().replace('-', '_');
        var model = admin.put("/api/v1/scoring/model", Api.json("threshold", 5, "criteria", List.of(
                Map.of("key", keys[0], "name", "Strategic fit", "axis", "ATTRACTIVENESS", "weight", 1),
                Map.of("key", keys[1], "name", "Profit potential", "axis", "ATTRACTIVENESS", "weight", 2),
                Map.of("key", keys[2], "name", "Competitive position", "axis", "STRENGTH", "weight", 1),
                Map.of("key", keys[3], "name", "Satisfaction", "axis", "STRENGTH", "weight", 2))));
        org.assertj.core.api.Assertions.assertThat(model.status()).as(model.toString()).isEqualTo(200);
        String prefix = Api.unique("Crowd ");
        String[] tails = {"AG", "Industrial Holding", "Logistics B.V.", "Foods", "Engineering Ltd", "Chemie S.A."};
        for (int k = 0; k < 14; k++) {
            long account = createAccount(admin, prefix + " " + tails[k % tails.length] + " " + k);
            // scattered around the threshold, a third of a point apart: every segment, names crowding each other
            var r = admin.put("/api/v1/accounts/" + account + "/ratings", Api.json("ratings", Map.of(
                    keys[0], 3 + k % 4, keys[1], 4 + (k * 3) % 4, keys[2], 4 + (k * 5) % 3, keys[3], 4 + (k * 2) % 3)));
            org.assertj.core.api.Assertions.assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }

        Page page = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD, 1400, 1000);
        page.navigate(baseUrl() + "/portfolio?q=" + Api.encode(prefix));
        assertThat(page.locator("#portfolio-chart[data-drawn]")).isVisible();
        assertThat(page.locator("#portfolio-table tbody tr")).hasCount(14);
        @SuppressWarnings("unchecked")
        List<List<Object>> texts = (List<List<Object>>) page.evaluate("""
                () => [...document.querySelectorAll('#portfolio-chart svg text')]
                  .filter(t => t.textContent.trim() !== '' && t.getAttribute('display') !== 'none')
                  .map(t => { const b = t.getBoundingClientRect();
                              return [t.textContent, b.left, b.top, b.right, b.bottom]; })
                  .filter(t => t[3] > t[1] && t[4] > t[2])""");
        List<List<Object>> names = texts.stream().filter(t -> ((String) t.get(0)).startsWith(prefix.substring(0, 8)))
                .toList();
        org.assertj.core.api.Assertions.assertThat(names).as("bubbles named").hasSizeGreaterThanOrEqualTo(2);
        // and no name covers another account's bubble
        @SuppressWarnings("unchecked")
        List<List<Number>> centres = (List<List<Number>>) page.evaluate("""
                () => {
                  const el = document.getElementById('portfolio-chart');
                  const chart = echarts.getInstanceByDom(el);
                  const box = el.getBoundingClientRect();
                  return chart.getOption().series.flatMap((s, i) => s.data.map(d => {
                    const p = chart.convertToPixel({ seriesIndex: i }, d.value);
                    return [box.left + p[0], box.top + p[1]];
                  }));
                }""");
        org.assertj.core.api.Assertions.assertThat(centres).hasSizeGreaterThanOrEqualTo(14);
        for (List<Object> name : names) {
            for (List<Number> c : centres) {
                double x = c.get(0).doubleValue(), y = c.get(1).doubleValue();
                org.assertj.core.api.Assertions.assertThat(x > num(name, 1) && x < num(name, 3)
                        && y > num(name, 2) && y < num(name, 4)).as("'%s' covers a bubble", name.get(0)).isFalse();
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                List<Object> a = texts.get(i), b = texts.get(j);
                double w = Math.min(num(a, 3), num(b, 3)) - Math.max(num(a, 1), num(b, 1));
                double h = Math.min(num(a, 4), num(b, 4)) - Math.max(num(a, 2), num(b, 2));
                org.assertj.core.api.Assertions.assertThat(w > 1 && h > 1)
                        .as("'%s' overlaps '%s'", a.get(0), b.get(0)).isFalse();
            }
        }
    }

    private static double num(List<Object> row, int i) {
        return ((Number) row.get(i)).doubleValue();
    }

    @Test
    void theRatingFormSavesAndOpensTheNextAccount() {
        Api admin = admin();
        String fit = Api.unique("fit_").toLowerCase().replace('-', '_');
        String position = Api.unique("pos_").toLowerCase().replace('-', '_');
        admin.put("/api/v1/scoring/model", Api.json("threshold", 5, "criteria", List.of(
                Map.of("key", fit, "name", "Strategic fit", "axis", "ATTRACTIVENESS", "weight", 1),
                Map.of("key", position, "name", "Competitive position", "axis", "STRENGTH", "weight", 1))));
        String prefix = Api.unique("AAA Rating ");   // early in the name order, so a next account exists
        long first = createAccount(admin, prefix + " One");

        Page page = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD, 1400, 1000);
        page.navigate(baseUrl() + "/accounts/" + first + "/rating");
        assertThat(page.getByText("Strategic fit", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.locator("#rating_" + fit)).isFocused();
        page.locator("#rating_" + fit).fill("11");
        page.locator("#rating_" + fit).press("Enter");
        // The browser refuses 11 before sending it (the server would too: ScoringApiIT).
        org.assertj.core.api.Assertions.assertThat(page.locator("#rating_" + fit).evaluate("e => e.validity.valid")).isEqualTo(false);
        assertThat(page).hasURL(Pattern.compile(".*/accounts/" + first + "/rating$"));

        page.locator("#rating_" + fit).fill("6");
        page.locator("#note_" + fit).fill("Our kind of customer");
        page.locator("#rating_" + position).fill("4");
        Browser.screenshot(page, "rating-form");
        page.locator("#rating_" + position).press("Enter");          // Enter = save and next account
        page.waitForURL(Pattern.compile(".*/accounts/(?!" + first + "/)\\d+/rating$"));
        assertThat(page.locator(".alert.ok")).containsText("Saved the ratings of " + prefix + " One");

        var saved = admin.get("/api/v1/accounts/" + first + "/ratings").json();
        org.assertj.core.api.Assertions.assertThat(saved.get("segment").asString()).isEqualTo("DEVELOP");
    }


    private static long createAccount(Api admin, String name) {
        var r = admin.post("/api/v1/accounts", Api.json("name", name));
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private static void rate(Api admin, long account, String a, int av, String b, int bv) {
        var r = admin.put("/api/v1/accounts/" + account + "/ratings", Api.json("ratings", Map.of(a, av, b, bv)));
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
