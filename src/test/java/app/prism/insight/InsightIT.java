package app.prism.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import app.prism.web.DataRevision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The back-test through the API on a history with structure, posted through the API: products that sell together,
 * a big-ticket item that sells rarely, popular products mostly bought already, a segment that differs. A member on
 * the team of these accounts sees their figures only.
 */
class InsightIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataRevision revision;

    private final List<Long> fitted = new ArrayList<>();
    /** The other tests' products, set inactive while this one runs (see {@link #onlyThisHistorysProducts}). */
    private final List<Long> parked = new ArrayList<>();

    @AfterEach
    void theModelsFittedHereAreRemovedSoOtherTestsSeeTodaysRule() {
        for (long id : fitted) jdbc.sql("delete from insight_model where id = :id").param("id", id).update();
        if (!parked.isEmpty()) {
            jdbc.sql("update product set active = true where id in (:ids)").param("ids", parked).update();
        }
        revision.bump();
    }

    /**
     * The shared test database holds hundreds of other tests' products, each a whitespace candidate in every unit of
     * this history: while this test runs they are inactive (inactive products are no candidates), so the back-test
     * judges this history alone, whichever tests ran before.
     */
    private void onlyThisHistorysProducts() {
        parked.addAll(jdbc.sql("select id from product where active = true").query(Long.class).list());
        if (!parked.isEmpty()) {
            jdbc.sql("update product set active = false where id in (:ids)").param("ids", parked).update();
        }
        revision.bump();
    }

    @Test
    void theLearnedRankingBeatsEveryBaselineOnRevenueWithoutLowerPrecisionAndNextBestActionsUseIt() {
        Api admin = admin();
        onlyThisHistorysProducts();
        LocalDate today = LocalDate.now();
        LocalDate from = today.minusDays(1500);
        LocalDate cutOff = today.minusDays(400);
        Map<Long, Long> product = new HashMap<>();
        long[][] spec = {{1, 2000, 500}, {2, 3000, 750}, {3, 300, 75}, {4, 40000, 10000}, {5, 5000, 1250}};
        for (long[] p : spec) {
            product.put(p[0], admin.post("/api/v1/products", Api.json("code", unique("BT" + p[0] + "-"), "name",
                    unique("Backtest " + p[0] + " "), "typicalAnnualValue", p[1])).id());
        }
        TestUser member = newUser("MEMBER");
        Random random = new Random(11);
        Set<Long> mine = new HashSet<>();
        for (int a = 0; a < 40; a++) {
            long account = admin.createAccount("Backtest ");
            mine.add(account);
            assertThat(admin.put("/api/v1/accounts/" + account + "/team", "[{\"userId\":" + member.id()
                    + ",\"role\":\"ACCOUNT_MANAGER\"}]").status()).isIn(200, 204);
            List<Map<String, Object>> sales = new ArrayList<>();
            int units = 3 + random.nextInt(5);
            for (int i = 0; i < units; i++) {
                // countries no other test uses: the peer groups are this history's own
                String country = random.nextDouble() < 0.75 ? "IS" : "MT";
                long unit = admin.post("/api/v1/accounts/" + account + "/units", Api.json("name", "Unit " + i, "kind",
                        "SITE", "country", country)).id();
                Set<Long> owned = new HashSet<>();
                if (random.nextDouble() < 0.5) owned.add(1L);
                if (random.nextDouble() < 0.6) owned.add(3L);
                for (LocalDate month = from; month.isBefore(today.minusDays(30)); month = month.plusMonths(1)) {
                    adopt(random, owned, 1, 0.003);
                    adopt(random, owned, 2, owned.contains(1L) ? 0.06 : 0.002);
                    adopt(random, owned, 3, 0.001);
                    adopt(random, owned, 4, owned.contains(2L) ? 0.015 : 0.0002);
                    adopt(random, owned, 5, country.equals("MT") ? 0.015 : 0.001);
                    if (month.getMonthValue() % 3 != 0) continue;
                    for (long p : owned) {
                        sales.add(Map.of("unitId", unit, "productId", product.get(p), "date",
                                month.plusDays(random.nextInt(25)).toString(), "amount", spec[(int) p - 1][2]));
                    }
                }
            }
            Api.Response r = admin.post("/api/v1/sales", Api.toJson(sales));
            assertThat(r.status()).as(r.toString()).isIn(200, 201);
        }

        Api.Response r = member.api().get("/api/v1/insight/backtest?asOf=" + cutOff);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.path("learned").asBoolean()).as(body.path("note").asString()).isTrue();
        assertThat(body.path("cutOff").asString()).isEqualTo(cutOff.toString());
        List<JsonNode> rankings = body.path("rankings").values().stream().toList();
        JsonNode learned = rankings.get(0);
        assertThat(learned.path("key").asString()).isEqualTo("learned");
        assertThat(rankings).extracting(n -> n.path("key").asString())
                .contains("prism", "value", "popularity", "co-occurrence", "random");
        for (JsonNode baseline : rankings.subList(1, rankings.size())) {
            assertThat(learned.path("revenueShare").asDouble()).as(baseline.path("label").asString())
                    .isGreaterThan(baseline.path("revenueShare").asDouble());
            assertThat(learned.path("precision").asDouble()).as(baseline.path("label").asString())
                    .isGreaterThanOrEqualTo(baseline.path("precision").asDouble());
        }
        assertThat(body.path("accounts").values()).extracting(n -> n.path("accountId").asLong())
                .allSatisfy(id -> assertThat(mine).contains(id)).hasSize(40);
        assertThat(body.path("overTime").values()).hasSizeGreaterThan(1);

        // the page shows the same
        assertThat(member.api().get("/reports/suggestions?asOf=" + cutOff).body())
                .contains("How good are our suggestions?", "Learned from this history", "<svg")
                .containsPattern("y=\"212\">[^<]+</text>")
                .doesNotContainPattern("y=\"212\">\\d{4}-\\d{2}-\\d{2}</text>"); // axis dates in the locale

        // a member may not refit; a manager or administrator may, and next best actions then use the model
        assertThat(member.api().post("/api/v1/insight/models", "{}").status()).isEqualTo(403);
        Api.Response refit = admin.post("/api/v1/insight/models", "{}");
        assertThat(refit.status()).as(refit.toString()).isEqualTo(201);
        fitted.add(refit.id());
        assertThat(refit.json().path("backtest").values()).isNotEmpty();
        assertThat(refit.json().path("coefficients").has("peerShare")).isTrue();
        assertThat(admin.get("/api/v1/insight/models").json().values()).isNotEmpty();

        long account = mine.iterator().next();
        List<JsonNode> crossSells = admin.get("/api/v1/accounts/" + account + "/next-best-actions?limit=500").json()
                .values().stream().filter(a -> a.path("type").asString().equals("CROSS_SELL")).toList();
        assertThat(crossSells).isNotEmpty().allSatisfy(a -> assertThat(a.path("reason").asString())
                .contains("bought by").contains("% likely within a year"));

        // a cell with a potential: expected value = probability × its potential
        JsonNode first = crossSells.get(0);
        long cellUnit = first.get("unitId").asLong(), cellProduct = first.get("productId").asLong();
        Api.Response put = admin.put("/api/v1/cells", Api.json("unitId", cellUnit, "productId", cellProduct,
                "potential", new java.math.BigDecimal("1000000")));
        assertThat(put.status()).as(put.toString()).isIn(200, 204);
        JsonNode again = admin.get("/api/v1/accounts/" + account + "/next-best-actions?limit=500").json().values()
                .stream().filter(a -> a.path("type").asString().equals("CROSS_SELL")
                        && a.get("unitId").asLong() == cellUnit && a.get("productId").asLong() == cellProduct)
                .findFirst().orElseThrow();
        assertThat(again.get("reason").asString()).contains("Its potential");
        assertThat(again.get("expectedValue").decimalValue())
                .isGreaterThan(java.math.BigDecimal.ZERO).isLessThanOrEqualTo(new java.math.BigDecimal("1000000"))
                .isNotEqualByComparingTo(first.get("expectedValue").decimalValue());
    }

    private static void adopt(Random random, Set<Long> owned, long product, double chance) {
        if (!owned.contains(product) && random.nextDouble() < chance) owned.add(product);
    }
}
