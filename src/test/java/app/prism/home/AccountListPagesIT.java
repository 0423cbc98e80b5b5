package app.prism.home;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.PageSession;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The Accounts list: Home's figures on every row, sorted on the server by any column, and no create form under it. */
class AccountListPagesIT extends IntegrationTest {

    private static String token() {
        StringBuilder b = new StringBuilder("zl");
        for (int i = 0; i < 8; i++) b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        return b.toString();
    }

    @Test
    void theListShowsEachAccountsFiguresAndSortsByThemOnTheServer() {
        String t = token();
        Api admin = admin();
        long big = admin.post("/api/v1/accounts", Api.json("name", "Big " + t)).id();
        long small = admin.post("/api/v1/accounts", Api.json("name", "Small " + t)).id();
        long product = admin.createProduct("LST-");
        String day = LocalDate.now().minusDays(20).toString();
        long bigUnit = admin.createUnit(big, "Big plant", "SITE", null);
        long smallUnit = admin.createUnit(small, "Small plant", "SITE", null);
        assertThat(admin.post("/api/v1/sales", "[" + Api.json("unitId", bigUnit, "productId", product, "date", day,
                "amount", 48000) + "," + Api.json("unitId", smallUnit, "productId", product, "date", day, "amount", 900)
                + "]").status()).isIn(200, 201);

        PageSession page = new PageSession(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
        String byRevenue = page.get("/accounts?q=" + t + "&sort=-revenue").body();
        // the figures Home has: segment, penetration, TTM revenue (whole units), gaps and risks
        assertThat(byRevenue).contains("TTM revenue").contains("Penetration").contains("Segment").contains("Open risks")
                .contains("Gaps").contains("EUR 48,000").contains("EUR 900")
                .containsPattern("/rating\">(Strategic|Develop|Maintain|Opportunistic|not scored)<");
        assertThat(byRevenue.indexOf("Big " + t)).isLessThan(byRevenue.indexOf("Small " + t));
        assertThat(byRevenue).containsPattern("aria-sort=\"descending\"[^>]*>\\s*<a[^>]*sort=revenue");

        String ascending = page.get("/accounts?q=" + t + "&sort=revenue").body();
        assertThat(ascending.indexOf("Small " + t)).isLessThan(ascending.indexOf("Big " + t));
        assertThat(ascending).contains("aria-sort=\"ascending\"").contains("2 customer accounts you can see");

        // the list carries no create form; the button opens one of its own
        assertThat(byRevenue).doesNotContain("Create account").contains("href=\"/accounts/new\"");
        assertThat(page.get("/accounts/new").body()).contains("Create account").contains("Headquarters country");
    }

    @Test
    void aRefusedNewAccountComesBackOnItsOwnForm() {
        PageSession page = new PageSession(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(page.get("/accounts/new").status()).isEqualTo(200);
        PageSession.Page refused = page.post("/accounts", "name", "", "country", "Atlantis", "scope", "LOCAL");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Create account").contains("has-error").doesNotContain("TTM revenue");
    }
}
