package app.prism.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Scoring over real HTTP: the versioned model, hand ratings, computed criteria, the portfolio, snapshots, bad input
 * and who may see and do what. The model is one for the installation, so every test saves the model it needs first.
 */
class ScoringApiIT extends IntegrationTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private static Map<String, Object> criterion(String key, String axis, Object weight) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("key", key);
        c.put("name", "Criterion " + key);
        c.put("axis", axis);
        c.put("weight", weight);
        return c;
    }

    private static Map<String, Object> computed(String key, String axis, Object weight, String source, String bands) {
        Map<String, Object> c = criterion(key, axis, weight);
        c.put("source", source);
        List<Map<String, Object>> list = new ArrayList<>();
        for (String pair : bands.split(";")) {
            String[] p = pair.split(":");
            list.add(Map.of("atLeast", new BigDecimal(p[0]), "score", new BigDecimal(p[1])));
        }
        c.put("bands", list);
        return c;
    }

    private JsonNode saveModel(Object threshold, List<Map<String, Object>> criteria) {
        Api.Response r = admin().put("/api/v1/scoring/model", Api.json("threshold", threshold, "criteria", criteria));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** Attractiveness: fit (1), size (1); strength: position (1). All by hand. */
    private void handModel() {
        saveModel(5, List.of(criterion("fit", "ATTRACTIVENESS", 1), criterion("size", "ATTRACTIVENESS", 1),
                criterion("position", "STRENGTH", 1)));
    }

    private static JsonNode entry(JsonNode portfolio, long account) {
        for (JsonNode e : portfolio.get("accounts")) if (e.get("accountId").asLong() == account) return e;
        return null;
    }

    /** PUT: the whole set of hand ratings. */
    private Api.Response rate(Api api, long account, Object... keysAndValues) {
        return api.put("/api/v1/accounts/" + account + "/ratings", Api.json("ratings", map(keysAndValues)));
    }

    /** PATCH: only the ratings given change. */
    private Api.Response amend(Api api, long account, Object... keysAndValues) {
        return api.patch("/api/v1/accounts/" + account + "/ratings", Api.json("ratings", map(keysAndValues)));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    @Test
    void savingTheModelMakesANewVersionAndAStaleVersionIsAConflict() {
        int before = admin().get("/api/v1/scoring/model").json().get("version").asInt();
        JsonNode saved = saveModel(6.5, List.of(criterion("fit", "ATTRACTIVENESS", 2), criterion("position", "STRENGTH", 0.5)));
        assertThat(saved.get("version").asInt()).isEqualTo(before + 1);

        JsonNode read = newUser("MEMBER").api().get("/api/v1/scoring/model").json();   // everyone may read it
        assertThat(read.get("version").asInt()).isEqualTo(before + 1);
        assertThat(read.get("threshold").decimalValue()).isEqualByComparingTo("6.5");
        assertThat(read.get("criteria")).hasSize(2);
        assertThat(read.get("criteria").get(0).get("key").asString()).isEqualTo("fit");
        assertThat(read.get("criteria").get(0).get("source").asString()).isEqualTo("MANUAL");
        assertThat(read.get("criteria").get(1).get("weight").decimalValue()).isEqualByComparingTo("0.5");

        Api.Response stale = admin().put("/api/v1/scoring/model", Api.json("version", before, "threshold", 5,
                "criteria", List.of(criterion("fit", "ATTRACTIVENESS", 1))));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        JsonNode versions = admin().get("/api/v1/scoring/model/versions").json();
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(before + 1);
        assertThat(versions.get(1).get("version").asInt()).isEqualTo(before);

        // A computed criterion without bands gets its source's default bands.
        JsonNode withDefaults = saveModel(null, List.of(criterion("fit", "ATTRACTIVENESS", 1),
                map("key", "share", "name", "Share", "axis", "STRENGTH", "weight", 1, "source", "PENETRATION")));
        assertThat(withDefaults.get("threshold").decimalValue()).isEqualByComparingTo("5");
        assertThat(withDefaults.get("criteria").get(1).get("bands").size()).isGreaterThan(2);
    }

    @Test
    void badModelInputIsRefusedWithTheFieldsAtFault() {
        int before = admin().get("/api/v1/scoring/model").json().get("version").asInt();
        Api.Response r = admin().put("/api/v1/scoring/model", Api.json("threshold", 11, "criteria", List.of(
                criterion("fit", "ATTRACTIVENESS", 0),
                criterion("fit", "STRENGTH", 1),
                criterion(" ", "STRENGTH", 1),
                criterion("size", "SIZE", 1),
                criterion("growth", "ATTRACTIVENESS", -2),
                map("key", "x", "name", "X", "axis", "STRENGTH", "weight", 1, "source", "TTM_REVENUE",
                        "bands", List.of(Map.of("atLeast", 10, "score", 1), Map.of("atLeast", 5, "score", 12))))));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.errorFields()).contains("threshold", "criteria[0].weight", "criteria[1].key", "criteria[2].key",
                "criteria[3].axis", "criteria[4].weight", "criteria[5].bands");
        assertThat(r.errorMessage("criteria[1].key")).contains("appears twice");
        assertThat(admin().put("/api/v1/scoring/model", Api.json("threshold", -0.5, "criteria",
                List.of(criterion("fit", "ATTRACTIVENESS", 1)))).errorFields()).containsExactly("threshold");
        assertThat(admin().put("/api/v1/scoring/model", Api.json("criteria", List.of())).errorFields())
                .containsExactly("criteria");
        assertThat(admin().get("/api/v1/scoring/model").json().get("version").asInt()).isEqualTo(before);
    }

    @Test
    void onlyManagersAndAdministratorsChangeTheModel() {
        List<Map<String, Object>> criteria = List.of(criterion("fit", "ATTRACTIVENESS", 1), criterion("position", "STRENGTH", 1));
        Api.Response member = newUser("MEMBER").api().put("/api/v1/scoring/model", Api.json("threshold", 5, "criteria", criteria));
        assertThat(member.status()).as(member.toString()).isEqualTo(403);
        Api.Response manager = newUser("MANAGER").api().put("/api/v1/scoring/model", Api.json("threshold", 5, "criteria", criteria));
        assertThat(manager.status()).as(manager.toString()).isEqualTo(200);
    }

    @Test
    void handRatingsMakeTheAxisScoresAndSegmentWithWhoRatedAndWhen() {
        handModel();
        TestUser manager = newUser("MANAGER");
        long account = admin().createAccount("Rated ");

        Api.Response r = manager.api().put("/api/v1/accounts/" + account + "/ratings", Api.json(
                "ratings", map("fit", 8, "size", 2, "position", 5), "notes", map("fit", "Exactly our kind of plant")));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("attractiveness").decimalValue()).isEqualByComparingTo("5");   // exactly at the threshold
        assertThat(body.get("strength").decimalValue()).isEqualByComparingTo("5");
        assertThat(body.get("segment").asString()).isEqualTo("STRATEGIC");
        assertThat(body.get("ratings").get("fit").decimalValue()).isEqualByComparingTo("8");
        JsonNode fit = body.get("criteria").get(0);
        assertThat(fit.get("note").asString()).isEqualTo("Exactly our kind of plant");
        assertThat(fit.get("ratedBy").asString()).startsWith("Manager");
        assertThat(fit.get("ratedAt").isNull()).isFalse();

        // PATCH: keys not mentioned keep their rating; null removes one.
        JsonNode after = amend(admin(), account, "position", null).json();
        assertThat(after.get("ratings").has("fit")).isTrue();
        assertThat(after.get("ratings").has("position")).isFalse();
        assertThat(after.get("strength").isNull()).isTrue();
        assertThat(after.get("segment").isNull()).isTrue();
        assertThat(admin().get("/api/v1/accounts/" + account + "/ratings").json().get("ratings").get("size").decimalValue())
                .isEqualByComparingTo("2");

        // PUT: the body is the whole set, so what it leaves out is no longer rated (one axis unrated).
        JsonNode replaced = rate(admin(), account, "position", 7).json();
        assertThat(replaced.get("ratings").has("fit")).isFalse();
        assertThat(replaced.get("ratings").has("size")).isFalse();
        assertThat(replaced.get("attractiveness").isNull()).isTrue();
        assertThat(replaced.get("strength").decimalValue()).isEqualByComparingTo("7");
        assertThat(replaced.get("segment").isNull()).isTrue();
    }

    @Test
    void ratingsOutOfRangeOrOfUnknownCriteriaAreRefused() {
        handModel();
        long account = admin().createAccount("Bad ratings ");
        Api.Response r = rate(admin(), account, "fit", 11, "size", -1, "nope", 3, "position", 5);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactlyInAnyOrder("ratings.fit", "ratings.size", "ratings.nope");
        assertThat(admin().put("/api/v1/accounts/" + account + "/ratings",
                Api.json("ratings", map("fit", 5), "notes", map("unknown", "x"))).errorFields()).containsExactly("notes.unknown");
        assertThat(admin().put("/api/v1/accounts/" + account + "/ratings", "{\"ratings\":{\"fit\":\"high\"}}").status())
                .isEqualTo(400);
        // nothing was stored
        assertThat(admin().get("/api/v1/accounts/" + account + "/ratings").json().get("ratings").size()).isZero();
        assertThat(rate(admin(), 999_999_999L, "fit", 5).status()).isEqualTo(404);
    }

    @Test
    void aMemberSeesAndRatesOnlyTheAccountsOfTheirTeam() {
        handModel();
        TestUser member = newUser("MEMBER");
        long mine = admin().createAccount("Member's ");
        long other = admin().createAccount("Not member's ");
        admin().put("/api/v1/accounts/" + mine + "/team", Api.toJson(List.of(Map.of("userId", member.id(), "role", "ACCOUNT_MANAGER"))));

        assertThat(rate(member.api(), mine, "fit", 7, "position", 3).status()).isEqualTo(200);
        assertThat(rate(member.api(), other, "fit", 7).status()).isEqualTo(404);
        assertThat(member.api().get("/api/v1/accounts/" + other + "/ratings").status()).isEqualTo(404);

        JsonNode portfolio = member.api().get("/api/v1/portfolio").json();
        assertThat(entry(portfolio, mine)).isNotNull();
        assertThat(entry(portfolio, other)).isNull();
        assertThat(portfolio.get("accounts")).allSatisfy(e -> assertThat(e.get("accountId").asLong()).isEqualTo(mine));
        assertThat(entry(portfolio, mine).get("segment").asString()).isEqualTo("DEVELOP");   // 7 attractive, 3 strong

        JsonNode all = admin().get("/api/v1/portfolio").json();
        assertThat(entry(all, mine)).isNotNull();
        assertThat(entry(all, other)).isNotNull();
        assertThat(member.api().get("/api/v1/scoring/snapshots?accountId=" + other).status()).isEqualTo(404);
    }

    @Test
    void thePortfolioListsEveryAccountWithScoresSegmentAndRevenueAndLeavesHalfRatedAccountsUnscored() {
        handModel();
        long rated = admin().createAccount("Portfolio rated ");
        long half = admin().createAccount("Portfolio half ");
        long none = admin().createAccount("Portfolio none ");
        rate(admin(), rated, "fit", 4, "size", 4, "position", 9);
        rate(admin(), half, "fit", 9);

        JsonNode p = admin().get("/api/v1/portfolio").json();
        assertThat(p.get("threshold").decimalValue()).isEqualByComparingTo("5");
        JsonNode r = entry(p, rated);
        assertThat(r.get("name").asString()).startsWith("Portfolio rated ");
        assertThat(r.get("attractiveness").decimalValue()).isEqualByComparingTo("4");
        assertThat(r.get("strength").decimalValue()).isEqualByComparingTo("9");
        assertThat(r.get("segment").asString()).isEqualTo("MAINTAIN");
        assertThat(r.get("ttmRevenue").decimalValue()).isEqualByComparingTo("0");
        assertThat(r.get("ownerName").asString()).isNotBlank();
        assertThat(entry(p, half).get("attractiveness").decimalValue()).isEqualByComparingTo("9");
        assertThat(entry(p, half).get("strength").isNull()).isTrue();
        assertThat(entry(p, half).get("segment").isNull()).isTrue();
        assertThat(entry(p, none).get("segment").isNull()).isTrue();
    }

    @Test
    void weightsChangedAfterRatingRescoreTheAccount() {
        handModel();
        long account = admin().createAccount("Reweighted ");
        rate(admin(), account, "fit", 8, "size", 2, "position", 6);
        assertThat(entry(admin().get("/api/v1/portfolio").json(), account).get("segment").asString()).isEqualTo("STRATEGIC");

        saveModel(5, List.of(criterion("fit", "ATTRACTIVENESS", 1), criterion("size", "ATTRACTIVENESS", 3),
                criterion("position", "STRENGTH", 1)));
        JsonNode e = entry(admin().get("/api/v1/portfolio").json(), account);
        assertThat(e.get("attractiveness").decimalValue()).isEqualByComparingTo("3.5");   // (8 + 3 × 2) / 4
        assertThat(e.get("segment").asString()).isEqualTo("MAINTAIN");
    }

    @Test
    void snapshotsRecordTheModelVersionAndThePortfolioShowsMovementSinceTheLastOne() {
        handModel();
        int version = admin().get("/api/v1/scoring/model").json().get("version").asInt();
        long account = admin().createAccount("Snapshot ");
        rate(admin(), account, "fit", 8, "size", 8, "position", 2);

        assertThat(newUser("MEMBER").api().post("/api/v1/scoring/snapshots", null).status()).isEqualTo(403);
        Api.Response taken = newUser("MANAGER").api().post("/api/v1/scoring/snapshots", null);
        assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        assertThat(taken.json().get("accounts").asInt()).isPositive();
        assertThat(taken.json().get("modelVersion").asInt()).isEqualTo(version);

        JsonNode snapshots = admin().get("/api/v1/scoring/snapshots?accountId=" + account).json();
        assertThat(snapshots.get("total").asLong()).isEqualTo(1);
        JsonNode s = snapshots.get("items").get(0);
        assertThat(s.get("segment").asString()).isEqualTo("DEVELOP");
        assertThat(s.get("modelVersion").asInt()).isEqualTo(version);
        assertThat(s.get("kind").asString()).isEqualTo("ON_DEMAND");
        assertThat(s.get("attractiveness").decimalValue()).isEqualByComparingTo("8");

        amend(admin(), account, "position", 9);
        JsonNode e = entry(admin().get("/api/v1/portfolio").json(), account);
        assertThat(e.get("segment").asString()).isEqualTo("STRATEGIC");
        assertThat(e.get("previousSegment").asString()).isEqualTo("DEVELOP");
        assertThat(e.get("previousSnapshotAt").isNull()).isFalse();
    }

    @Test
    void computedCriteriaComeFromTheAccountsSalesMatrixAndContacts() {
        saveModel(5, List.of(
                computed("size", "ATTRACTIVENESS", 1, "TTM_REVENUE", "0:0;1000:5;2000:10"),
                computed("growth", "ATTRACTIVENESS", 1, "REVENUE_GROWTH", "-1:0;0:5;0.25:8"),
                computed("potential", "ATTRACTIVENESS", 1, "WHITESPACE_VALUE", "0:0;1:3"),
                computed("share", "STRENGTH", 1, "PENETRATION", "0:0;0.000001:4"),
                computed("relationships", "STRENGTH", 1, "RELATIONSHIP_COVERAGE", "0:0;0.5:6;1:10")));
        Api admin = admin();
        long account = admin.createAccount("Computed ");
        long north = admin.createUnit(account, "North", "COMPANY", null);
        long south = admin.createUnit(account, "South", "COMPANY", null);
        admin.createUnit(account, "Idle", "COMPANY", null);
        long product = admin.post("/api/v1/products", Api.json("code", Api.unique("SCO-").toUpperCase(), "name", "Scored",
                "typicalAnnualValue", 700)).id();
        sale(admin, north, product, AS_OF.minusDays(10), "1000.00");
        sale(admin, south, product, AS_OF.minusDays(364), "200.00");
        sale(admin, north, product, AS_OF.minusDays(400), "960.00");          // the previous TTM
        assertThat(admin.post("/api/v1/units/" + north + "/contacts", Api.json("name", "Dora Decider",
                "buyingRole", "DECISION_MAKER")).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/units/" + south + "/contacts", Api.json("name", "Ivo Influencer",
                "buyingRole", "INFLUENCER")).status()).isEqualTo(201);

        JsonNode r = admin.get("/api/v1/accounts/" + account + "/ratings?asOf=" + AS_OF).json();
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        r.get("criteria").forEach(c -> byKey.put(c.get("key").asString(), c));
        assertThat(byKey.get("size").get("figure").decimalValue()).isEqualByComparingTo("1200.00");
        assertThat(byKey.get("size").get("value").decimalValue()).isEqualByComparingTo("5");
        assertThat(byKey.get("growth").get("figure").decimalValue()).isEqualByComparingTo("0.25");   // 1200 / 960 − 1
        assertThat(byKey.get("growth").get("value").decimalValue()).isEqualByComparingTo("8");
        assertThat(byKey.get("relationships").get("figure").decimalValue()).isEqualByComparingTo("0.5"); // north of north+south
        assertThat(byKey.get("relationships").get("value").decimalValue()).isEqualByComparingTo("6");

        JsonNode summary = admin.get("/api/v1/accounts/" + account + "/penetration?asOf=" + AS_OF).json().get("summary");
        assertThat(byKey.get("share").get("figure").decimalValue()).isEqualByComparingTo(summary.get("penetration").decimalValue());
        assertThat(byKey.get("share").get("value").decimalValue()).isEqualByComparingTo("4");
        assertThat(byKey.get("potential").get("figure").decimalValue())
                .isEqualByComparingTo(summary.get("whitespaceValue").decimalValue());
        assertThat(byKey.get("potential").get("figure").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("700")); // Idle × Scored
        assertThat(r.get("attractiveness").decimalValue()).isEqualByComparingTo("5.33");               // (5 + 8 + 3) / 3
        assertThat(r.get("strength").decimalValue()).isEqualByComparingTo("5");                        // (4 + 6) / 2
        assertThat(r.get("segment").asString()).isEqualTo("STRATEGIC");

        JsonNode e = entry(admin.get("/api/v1/portfolio?asOf=" + AS_OF).json(), account);
        assertThat(e.get("ttmRevenue").decimalValue()).isEqualByComparingTo("1200.00");
        assertThat(e.get("attractiveness").decimalValue()).isEqualByComparingTo("5.33");
        assertThat(e.get("strength").decimalValue()).isEqualByComparingTo("5"); // coverage read for all accounts at once
        assertThat(e.get("segment").asString()).isEqualTo("STRATEGIC");

        Api.Response byHand = rate(admin, account, "size", 3);
        assertThat(byHand.status()).isEqualTo(400);
        assertThat(byHand.errorMessage("ratings.size")).contains("computed");
    }

    @Test
    void aNewEmptyAccountIsNotScoredByComputedCriteriaWithNoDataBehindThem() {
        saveModel(5, List.of(
                computed("size", "ATTRACTIVENESS", 1, "TTM_REVENUE", "0:0;1000:5;2000:10"),
                computed("potential", "ATTRACTIVENESS", 1, "WHITESPACE_VALUE", "0:0;1:3"),
                computed("share", "STRENGTH", 1, "PENETRATION", "0:0;0.000001:4"),
                computed("relationships", "STRENGTH", 1, "RELATIONSHIP_COVERAGE", "0:0;0.5:6;1:10")));
        Api admin = admin();
        long empty = admin.createAccount("Empty ");

        // no unit, no sale, no cell: nothing rates, so no score and no segment (not 0 / 0 and OPPORTUNISTIC)
        JsonNode r = admin.get("/api/v1/accounts/" + empty + "/ratings?asOf=" + AS_OF).json();
        assertThat(r.get("attractiveness").isNull()).as(r.toString()).isTrue();
        assertThat(r.get("strength").isNull()).isTrue();
        assertThat(r.get("segment").isNull()).isTrue();
        assertThat(r.get("ratings").size()).isZero();
        JsonNode e = entry(admin.get("/api/v1/portfolio?asOf=" + AS_OF).json(), empty);
        assertThat(e.get("segment").isNull()).isTrue();
        assertThat(e.get("ratedCriteria").asInt()).isZero();

        // with a unit and an active product there is a matrix: a unit that buys nothing is data, rated 0
        admin.createProduct("EMP-");
        admin.createUnit(empty, "First plant", "SITE", null);
        JsonNode withUnit = admin.get("/api/v1/accounts/" + empty + "/ratings?asOf=" + AS_OF).json();
        assertThat(withUnit.get("ratings").has("size")).as(withUnit.toString()).isTrue();
        assertThat(withUnit.get("ratings").get("size").decimalValue()).isEqualByComparingTo("0");
        assertThat(withUnit.get("ratings").get("share").decimalValue()).isEqualByComparingTo("0");
        assertThat(withUnit.get("segment").asString()).isEqualTo("OPPORTUNISTIC");
    }

    @org.springframework.beans.factory.annotation.Autowired
    MonthlySnapshot monthlySnapshot;

    @Test
    void theMonthlySnapshotRunsOnceWhileItsLockIsHeld() {
        handModel();
        long account = admin().createAccount("Monthly ");
        rate(admin(), account, "fit", 6, "size", 6, "position", 6);

        monthlySnapshot.takeMonthlySnapshot();
        monthlySnapshot.takeMonthlySnapshot();   // another instance a moment later: ShedLock skips it

        JsonNode snapshots = admin().get("/api/v1/scoring/snapshots?accountId=" + account).json();
        assertThat(snapshots.get("total").asLong()).isEqualTo(1);
        assertThat(snapshots.get("items").get(0).get("kind").asString()).isEqualTo("MONTHLY");
        assertThat(snapshots.get("items").get(0).get("segment").asString()).isEqualTo("STRATEGIC");
    }

    private static void sale(Api api, long unit, long product, LocalDate date, String amount) {
        Api.Response r = api.post("/api/v1/sales", Api.json("unitId", unit, "productId", product, "date", date.toString(),
                "amount", new BigDecimal(amount)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }
}
