package app.prism.nextbest;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Next best actions on a small multi-account data set. Peer units are SITEs in a country no other test uses, so the
 * "comparable units" are exactly the ones built here.
 */
class NextBestActionsIT extends IntegrationTest {

    private Api admin;
    private long account;
    private long target;     // our site without sales of the two products
    private long popular;    // bought by 3 of the 3 peer sites
    private long rare;       // same value, bought by 1 of them
    private String country;

    @BeforeEach
    void peersInOtherAccounts() {
        admin = admin();
        country = pickCountry();
        long other = admin.createAccount("Peers ");
        popular = product("NP-", 10000);
        rare = product("NR-", 10000);
        for (int i = 0; i < 3; i++) {
            long site = admin.post("/api/v1/accounts/" + other + "/units", Api.json("name", "Peer site " + i, "kind", "SITE",
                    "country", country)).id();
            sale(site, popular, 5000);
            if (i == 0) sale(site, rare, 5000);
        }
        account = admin.createAccount("Next best ");
        long hq = admin.post("/api/v1/accounts/" + account + "/units", Api.json("name", "HQ", "kind", "COMPANY",
                "country", country)).id();
        target = admin.post("/api/v1/accounts/" + account + "/units", Api.json("name", "Our site", "kind", "SITE",
                "country", country, "parentId", hq)).id();
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_COUNTRY = new java.util.concurrent.atomic.AtomicInteger();

    private static String pickCountry() {
        // a country of its own per test keeps every other test's units out of the peer group
        String[] codes = {"IS", "MT", "LU", "EE", "LV", "LT", "SI", "SK", "CY", "LI", "MC", "AD", "SM"};
        return codes[NEXT_COUNTRY.getAndIncrement() % codes.length];
    }

    private long product(String prefix, int value) {
        Api.Response r = admin.post("/api/v1/products", Api.json("code", Api.unique(prefix), "name", Api.unique(prefix),
                "typicalAnnualValue", value));
        assertThat(r.status()).isEqualTo(201);
        return r.id();
    }

    private void sale(long unit, long product, int amount) {
        Api.Response r = admin.post("/api/v1/sales", Api.json("unitId", unit, "productId", product, "date",
                LocalDate.now().minusDays(30).toString(), "amount", amount));
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
    }

    private List<JsonNode> actions() {
        Api.Response r = admin.get("/api/v1/accounts/" + account + "/next-best-actions?limit=500");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().values().stream().toList();
    }

    @Test
    void theCrossSellPeersConfirmRanksAboveTheOneTheyDoNot() {
        List<JsonNode> crossSells = actions().stream().filter(a -> a.path("type").asString().equals("CROSS_SELL")
                && a.path("unitId").asLong() == target).toList();
        JsonNode first = crossSells.stream().filter(a -> a.path("productId").asLong() == popular).findFirst().orElseThrow();
        JsonNode second = crossSells.stream().filter(a -> a.path("productId").asLong() == rare).findFirst().orElseThrow();

        assertThat(crossSells.indexOf(first)).isLessThan(crossSells.indexOf(second));
        assertThat(first.path("reason").asString()).contains("3 of 3 comparable sites in " + country + " buy it");
        assertThat(second.path("reason").asString()).contains("1 of 3 comparable");
        assertThat(first.path("expectedValue").decimalValue()).isEqualByComparingTo("8000.00");   // 10000 × 4/5
        assertThat(second.path("expectedValue").decimalValue()).isEqualByComparingTo("4000.00");  // 10000 × 2/5
    }

    @Test
    void overdueWorkFirstThenReferralsReExposureAndRisksWithTheirReasons() {
        long sibling = admin.post("/api/v1/accounts/" + account + "/units", Api.json("name", "Sister site", "kind", "SITE",
                "country", country)).id();
        sale(sibling, popular, 9000);
        Api.Response fan = admin.post("/api/v1/units/" + sibling + "/contacts", Api.json("name", "Fiona Fan", "buyingRole",
                "CHAMPION", "attitude", "SUPPORTER", "relationshipStrength", 3));
        long task = admin.post("/api/v1/tasks", Api.json("accountId", account, "title", "Send the offer", "dueOn",
                LocalDate.now().minusDays(3).toString())).id();

        List<JsonNode> all = actions();

        assertThat(all.get(0).path("type").asString()).isEqualTo("OVERDUE_ACTION");
        assertThat(all.get(0).path("taskId").asLong()).isEqualTo(task);
        assertThat(all.get(0).path("reason").asString()).isEqualTo("Overdue 3 days: Send the offer");
        assertThat(all).anySatisfy(a -> {
            assertThat(a.path("type").asString()).isEqualTo("RE_EXPOSE");
            assertThat(a.path("contactId").asLong()).isEqualTo(fan.id());
        });
        assertThat(all).anySatisfy(a -> {
            assertThat(a.path("type").asString()).isEqualTo("FIX_RISK");
            assertThat(a.path("unitId").asLong()).isEqualTo(sibling);
            assertThat(a.path("reason").asString()).isNotBlank();
        });
        assertThat(all).anySatisfy(a -> {
            assertThat(a.path("type").asString()).isEqualTo("ASK_REFERRAL");
            assertThat(a.path("unitId").asLong()).isEqualTo(target);
            assertThat(a.path("contactId").asLong()).isEqualTo(fan.id());
            assertThat(a.path("reason").asString()).contains("Fiona Fan").contains("Our site");
        });
        for (int i = 2; i < all.size(); i++) {
            assertThat(all.get(i - 1).path("expectedValue").decimalValue())
                    .isGreaterThanOrEqualTo(all.get(i).path("expectedValue").decimalValue());
        }
    }

    @Test
    void anOverduePlanActionIsListedUntilItBecomesATaskThenAsThatTask() {
        long plan = admin.post("/api/v1/accounts/" + account + "/plans", Api.json("period",
                String.valueOf(LocalDate.now().getYear()))).id();
        long late = admin.post("/api/v1/plans/" + plan + "/actions", Api.json("title", "Meet procurement", "dueOn",
                LocalDate.now().minusDays(2).toString())).id();
        admin.post("/api/v1/plans/" + plan + "/actions", Api.json("title", "Later", "dueOn",
                LocalDate.now().plusDays(2).toString()));

        List<JsonNode> before = actions().stream().filter(a -> a.path("type").asString().equals("OVERDUE_ACTION")).toList();
        assertThat(before).hasSize(1);
        assertThat(before.get(0).path("planActionId").asLong()).isEqualTo(late);
        assertThat(before.get(0).path("reason").asString()).isEqualTo("Plan action overdue 2 days: Meet procurement");

        Api.Response made = admin.post("/api/v1/plan-actions/" + late + "/task", Api.json());
        assertThat(made.status()).as(made.toString()).isIn(200, 201);
        List<JsonNode> after = actions().stream().filter(a -> a.path("type").asString().equals("OVERDUE_ACTION")).toList();
        assertThat(after).hasSize(1);
        assertThat(after.get(0).path("taskId").asLong()).isEqualTo(made.json().path("taskId").asLong());
        assertThat(after.get(0).path("planActionId").isNull() || after.get(0).path("planActionId").isMissingNode()).isTrue();
    }

    @Test
    void aMemberOffTheTeamGets404AndBadInput400() {
        TestUser member = newUser("MEMBER");
        assertThat(member.api().get("/api/v1/accounts/" + account + "/next-best-actions").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/accounts/" + account + "/next-best-actions?limit=0").errorFields())
                .containsExactly("limit");
    }
}
