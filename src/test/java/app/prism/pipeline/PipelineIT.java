package app.prism.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PipelineIT extends IntegrationTest {

    private static final String DEFAULT_STAGES = "[{\"name\":\"QUALIFY\",\"probability\":10},"
            + "{\"name\":\"DEVELOP\",\"probability\":30},{\"name\":\"PROPOSE\",\"probability\":60},"
            + "{\"name\":\"NEGOTIATE\",\"probability\":80}]";

    private Api admin;
    private long account;
    private long unit;
    private long product;
    private final LocalDate today = LocalDate.now();
    private final YearMonth next = YearMonth.from(today).plusMonths(1);

    @BeforeEach
    void accountWithUnitAndProduct() {
        admin = admin();
        account = admin.createAccount("Pipeline ");
        unit = admin.createUnit(account, "Plant", "SITE", null);
        product = admin.createProduct("PL-");
    }

    private Api.Response create(Api as, long unitId, Object... extra) {
        Object[] base = {"unitId", unitId, "productId", product, "title", "Deal " + extra.length};
        Object[] all = new Object[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        Api.Response r = as.post("/api/v1/opportunities", Api.json(all));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r;
    }

    private JsonNode pipeline(Api as, String query) {
        Api.Response r = as.get("/api/v1/pipeline?" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void anOpportunityGetsTheFirstStageItsProbabilityAndItsCreatorAsOwner() {
        JsonNode o = create(admin, unit, "value", 1000.05, "closeDate", next.atDay(10).toString()).json();

        assertThat(o.path("salesStage").asString()).isEqualTo("QUALIFY");
        assertThat(o.path("probability").asInt()).isEqualTo(10);
        assertThat(o.path("weightedValue").decimalValue()).isEqualByComparingTo("100.01");  // 100.005 half-up
        assertThat(o.path("ownerId").isNull()).isFalse();

        Api.Response moved = admin.patch("/api/v1/opportunities/" + o.path("id").asLong(),
                Api.json("salesStage", "PROPOSE", "probability", 55, "version", o.path("version").asLong()));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().path("salesStage").asString()).isEqualTo("PROPOSE");
        assertThat(moved.json().path("probability").asInt()).isEqualTo(55);
        assertThat(moved.json().path("weightedValue").decimalValue()).isEqualByComparingTo("550.03");

        Api.Response stageAgain = admin.patch("/api/v1/opportunities/" + o.path("id").asLong(),
                Api.json("probability", null, "version", moved.json().path("version").asLong()));
        assertThat(stageAgain.json().path("probability").asInt()).as(stageAgain.toString()).isEqualTo(60);

        Api.Response won = admin.patch("/api/v1/opportunities/" + o.path("id").asLong(), Api.json("stage", "WON"));
        assertThat(won.json().path("salesStage").isNull()).as(won.toString()).isTrue();
        assertThat(won.json().path("probability").isNull()).isTrue();
    }

    @Test
    void badStagesProbabilitiesAndOwnersAreRefused() {
        assertThat(admin.post("/api/v1/opportunities", Api.json("unitId", unit, "productId", product, "title", "x",
                "salesStage", "DREAMING")).errorFields()).containsExactly("salesStage");
        assertThat(admin.post("/api/v1/opportunities", Api.json("unitId", unit, "productId", product, "title", "x",
                "probability", 101)).errorFields()).containsExactly("probability");
        assertThat(admin.post("/api/v1/opportunities", Api.json("unitId", unit, "productId", product, "title", "x",
                "stage", "WON", "salesStage", "QUALIFY")).errorFields()).containsExactly("salesStage");
        assertThat(admin.post("/api/v1/opportunities", Api.json("unitId", unit, "productId", product, "title", "x",
                "ownerId", 999_999_999)).errorFields()).containsExactly("ownerId");
    }

    @Test
    void totalsPeriodsAndStagesFollowTheForecastRules() {
        YearMonth later = next.plusMonths(2);
        create(admin, unit, "value", 1000, "closeDate", next.atDay(5).toString());                       // QUALIFY 10 → 100
        create(admin, unit, "value", 2000, "closeDate", next.atEndOfMonth().toString(), "salesStage", "PROPOSE"); // 1200
        create(admin, unit, "value", 500, "closeDate", later.atDay(1).toString(), "probability", 50);     // 250
        create(admin, unit, "value", 700, "closeDate", today.minusDays(3).toString());                  // overdue
        create(admin, unit, "value", 300, "stage", "WON", "closeDate", next.atDay(2).toString());
        create(admin, unit, "value", 900, "stage", "LOST", "closeDate", next.atDay(3).toString());
        create(admin, unit, "value", 400, "closeDate", later.plusMonths(20).atDay(1).toString());        // outside

        JsonNode p = pipeline(admin, "accountId=" + account + "&from=" + next + "&to=" + later);

        assertThat(p.path("totals").path("open").decimalValue()).isEqualByComparingTo("3500");
        assertThat(p.path("totals").path("weighted").decimalValue()).isEqualByComparingTo("1550");
        assertThat(p.path("totals").path("won").decimalValue()).isEqualByComparingTo("300");
        assertThat(p.path("totals").path("overdue").decimalValue()).isEqualByComparingTo("700");
        JsonNode periods = p.path("periods");
        assertThat(periods).hasSize(3);
        assertThat(periods.get(0).path("period").asString()).isEqualTo(next.toString());
        assertThat(periods.get(0).path("weighted").decimalValue()).isEqualByComparingTo("1300");
        assertThat(periods.get(0).path("won").decimalValue()).isEqualByComparingTo("300");
        assertThat(periods.get(1).path("weighted").decimalValue()).isEqualByComparingTo("0");
        assertThat(periods.get(2).path("weighted").decimalValue()).isEqualByComparingTo("250");
        assertThat(periods.get(0).has("target")).isFalse();   // no target set: none, and no gap
        Map<String, JsonNode> stages = new java.util.HashMap<>();
        p.path("stages").forEach(s -> stages.put(s.path("stage").asString(), s));
        assertThat(stages.get("QUALIFY").path("count").asLong()).isEqualTo(2);
        assertThat(stages.get("QUALIFY").path("value").decimalValue()).isEqualByComparingTo("1500");
        assertThat(stages.get("QUALIFY").path("weighted").decimalValue()).isEqualByComparingTo("350");
        assertThat(stages.get("PROPOSE").path("weighted").decimalValue()).isEqualByComparingTo("1200");
        assertThat(p.path("opportunities")).hasSize(3);
        assertThat(p.path("overdueOpportunities")).hasSize(1);

        JsonNode byQuarter = pipeline(admin, "accountId=" + account + "&by=quarter&from=" + next + "&to=" + later);
        assertThat(byQuarter.path("periods").get(0).path("period").asString()).matches("\\d{4}-Q[1-4]");
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (JsonNode q : byQuarter.path("periods")) sum = sum.add(q.path("weighted").decimalValue());
        assertThat(sum).isEqualByComparingTo("1550");
    }

    @Test
    void theGapIsTheYearsTargetLessBookedAndWeightedOpen() {
        int year = today.getYear() + 1;
        assertThat(admin.put("/api/v1/accounts/" + account + "/targets", "[" + Api.json("metric", "REVENUE",
                "period", String.valueOf(year), "value", 100000) + "]").status()).isEqualTo(200);
        create(admin, unit, "value", 10000, "closeDate", year + "-03-01", "salesStage", "NEGOTIATE");   // 8000
        Api.Response sale = admin.post("/api/v1/sales", Api.json("unitId", unit, "productId", product, "date",
                year + "-01-15", "amount", 5000));
        assertThat(sale.status()).as(sale.toString()).isIn(200, 201);

        JsonNode y = pipeline(admin, "accountId=" + account + "&by=year&from=" + year + "&to=" + year);

        JsonNode period = y.path("periods").get(0);
        assertThat(period.path("target").decimalValue()).isEqualByComparingTo("100000");
        assertThat(period.path("booked").decimalValue()).isEqualByComparingTo("5000");
        assertThat(period.path("gap").decimalValue()).isEqualByComparingTo("87000");
        JsonNode q1 = pipeline(admin, "accountId=" + account + "&by=quarter&from=" + year + "-Q1&to=" + year + "-Q1")
                .path("periods").get(0);
        assertThat(q1.path("target").decimalValue()).isEqualByComparingTo("25000");
        assertThat(q1.path("gap").decimalValue()).isEqualByComparingTo("12000");
    }

    @Test
    void aMemberSeesOnlyTheirTeamsOpportunitiesInTotalsAndForecast() {
        TestUser member = newUser("MEMBER");
        long hidden = admin.createAccount("Hidden pipeline ");
        long hiddenUnit = admin.createUnit(hidden, "Hidden plant", "SITE", null);
        admin.put("/api/v1/accounts/" + account + "/team",
                Api.toJson(List.of(Map.of("userId", member.id(), "role", "ACCOUNT_MANAGER"))));
        create(admin, unit, "value", 1000, "closeDate", next.atDay(5).toString());
        long secret = create(admin, hiddenUnit, "value", 999999, "closeDate", next.atDay(5).toString()).id();

        JsonNode p = pipeline(member.api(), "from=" + next + "&to=" + next);

        assertThat(p.path("totals").path("open").decimalValue()).isEqualByComparingTo("1000");
        assertThat(p.path("periods").get(0).path("weighted").decimalValue()).isEqualByComparingTo("100");
        p.path("opportunities").forEach(o -> assertThat(o.path("accountId").asLong()).isEqualTo(account));
        assertThat(member.api().get("/api/v1/pipeline?accountId=" + hidden).status()).isEqualTo(404);
        assertThat(member.api().get("/api/v1/opportunities/" + secret).status()).isEqualTo(404);
        assertThat(pipeline(admin, "accountId=" + hidden + "&from=" + next + "&to=" + next).path("totals")
                .path("open").decimalValue()).isEqualByComparingTo("999999");
    }

    @Test
    void filtersByOwnerAndProduct() {
        TestUser seller = newUser("MANAGER");
        create(admin, unit, "value", 1000, "closeDate", next.atDay(5).toString(), "ownerId", seller.id());
        create(admin, unit, "value", 2000, "closeDate", next.atDay(6).toString());
        long other = admin.createProduct("PL2-");
        admin.post("/api/v1/opportunities", Api.json("unitId", unit, "productId", other, "title", "Other product",
                "value", 4000, "closeDate", next.atDay(7).toString()));

        assertThat(pipeline(admin, "accountId=" + account + "&ownerId=" + seller.id() + "&from=" + next)
                .path("totals").path("open").decimalValue()).isEqualByComparingTo("1000");
        assertThat(pipeline(admin, "accountId=" + account + "&productId=" + other + "&from=" + next)
                .path("totals").path("open").decimalValue()).isEqualByComparingTo("4000");
        assertThat(admin.get("/api/v1/pipeline?by=week").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/pipeline?from=2027-13").contentType()).contains("application/problem+json");
        assertThat(admin.get("/api/v1/pipeline?segment=NOPE").status()).isEqualTo(400);
    }

    @Test
    void aStaleMoveIsRefusedWith409() {
        JsonNode o = create(admin, unit, "value", 1000, "closeDate", next.atDay(5).toString()).json();
        long id = o.path("id").asLong();
        long version = o.path("version").asLong();
        assertThat(admin.patch("/api/v1/opportunities/" + id, Api.json("salesStage", "DEVELOP", "version", version))
                .status()).isEqualTo(200);

        Api.Response stale = admin.patch("/api/v1/opportunities/" + id,
                Api.json("salesStage", "NEGOTIATE", "version", version));

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(admin.get("/api/v1/opportunities/" + id).json().path("salesStage").asString()).isEqualTo("DEVELOP");
    }

    @Test
    void onlyAnAdministratorChangesTheStagesAndAStageInUseStays() {
        TestUser manager = newUser("MANAGER");
        assertThat(admin.get("/api/v1/sales-stages").json().get(0).path("name").asString()).isEqualTo("QUALIFY");
        assertThat(manager.api().put("/api/v1/sales-stages", DEFAULT_STAGES).status()).isEqualTo(403);
        try {
            Api.Response bad = admin.put("/api/v1/sales-stages",
                    "[{\"name\":\"A\",\"probability\":120},{\"name\":\"a\",\"probability\":5},{\"name\":\" \"}]");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.contentType()).contains("application/problem+json");
            assertThat(bad.errorFields()).contains("[0].probability", "[1].name", "[2].name", "[2].probability");
            assertThat(admin.put("/api/v1/sales-stages", "[]").status()).isEqualTo(400);

            create(admin, unit, "value", 100, "closeDate", next.atDay(5).toString(), "salesStage", "DEVELOP");
            String withoutDevelop = "[{\"name\":\"QUALIFY\",\"probability\":10},{\"name\":\"PROPOSE\","
                    + "\"probability\":60},{\"name\":\"NEGOTIATE\",\"probability\":80}]";
            Api.Response inUse = admin.put("/api/v1/sales-stages", withoutDevelop);
            assertThat(inUse.status()).as(inUse.toString()).isEqualTo(409);
            assertThat(inUse.body()).contains("DEVELOP");

            Api.Response reordered = admin.put("/api/v1/sales-stages", "[{\"name\":\"discovery\",\"probability\":5},"
                    + DEFAULT_STAGES.substring(1));
            assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
            assertThat(reordered.json().get(0).path("name").asString()).isEqualTo("DISCOVERY");
            JsonNode first = create(admin, unit).json();
            assertThat(first.path("salesStage").asString()).isEqualTo("DISCOVERY");
            assertThat(first.path("probability").asInt()).isEqualTo(5);
            admin.delete("/api/v1/opportunities/" + first.path("id").asLong());
        } finally {
            assertThat(admin.put("/api/v1/sales-stages", DEFAULT_STAGES).status()).isEqualTo(200);
        }
    }

    @Test
    void theRememberedFiguresFollowAChangeOfTheStagesAtOnce() {
        create(admin, unit, "value", 1000, "closeDate", next.atDay(5).toString());     // QUALIFY 10 → 100
        String query = "accountId=" + account + "&from=" + next + "&to=" + next;
        assertThat(pipeline(admin, query).path("totals").path("weighted").decimalValue()).isEqualByComparingTo("100");
        try {
            assertThat(admin.put("/api/v1/sales-stages", "[{\"name\":\"QUALIFY\",\"probability\":40},"
                    + DEFAULT_STAGES.substring(DEFAULT_STAGES.indexOf("},") + 2)).status()).isEqualTo(200);

            JsonNode p = pipeline(admin, query);

            assertThat(p.path("totals").path("weighted").decimalValue()).isEqualByComparingTo("400");
            assertThat(p.path("stages").get(0).path("stage").asString()).isEqualTo("QUALIFY");
            assertThat(p.path("stages").get(0).path("probability").asInt()).isEqualTo(40);
        } finally {
            assertThat(admin.put("/api/v1/sales-stages", DEFAULT_STAGES).status()).isEqualTo(200);
        }
    }
}
