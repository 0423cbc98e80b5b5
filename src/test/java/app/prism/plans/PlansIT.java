package app.prism.plans;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.PageSession;
import app.prism.support.TestUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Plans over the API: create, status rules, one ACTIVE plan per account and period, versions, access, progress. */
class PlansIT extends IntegrationTest {

    private Api admin;
    private long account;

    @BeforeEach
    void anAccount() {
        admin = admin();
        account = admin.createAccount("Planned ");
    }

    private Api.Response create(String period) {
        return admin.post("/api/v1/accounts/" + account + "/plans", Api.json("period", period));
    }

    private long plan(String period) {
        Api.Response r = create(period);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private Api.Response move(long plan, String status) {
        return admin.patch("/api/v1/plans/" + plan, Api.json("status", status));
    }

    private static List<Long> planIds(JsonNode paged) {
        return java.util.stream.StreamSupport.stream(paged.path("items").spliterator(), false)
                .map(n -> n.path("id").asLong()).toList();
    }

    @Test
    void aPlanIsCreatedAsADraftWithGoalsSwotAndRisks() {
        Api.Response r = admin.post("/api/v1/accounts/" + account + "/plans", Api.json("period", "2027-h2",
                "shortTermGoals", "Open two plants", "longTermGoals", "Become the preferred supplier",
                "strengths", List.of("Installed base", " "), "threats", List.of("Price pressure"), "risks",
                List.of("Budget freeze")));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode p = admin.get("/api/v1/plans/" + r.id()).json();
        assertThat(p.path("period").asString()).isEqualTo("2027-H2");
        assertThat(p.path("startsOn").asString()).isEqualTo("2027-07-01");
        assertThat(p.path("endsOn").asString()).isEqualTo("2027-12-31");
        assertThat(p.path("status").asString()).isEqualTo("DRAFT");
        assertThat(p.path("strengths").size()).isEqualTo(1);
        assertThat(p.path("threats").get(0).asString()).isEqualTo("Price pressure");
        assertThat(p.path("risks").get(0).asString()).isEqualTo("Budget freeze");
        JsonNode list = admin.get("/api/v1/accounts/" + account + "/plans").json();
        assertThat(list.path("items").size()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithTheFieldsAtFault() {
        Api.Response badPeriod = create("27");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.errorFields()).contains("period");

        long plan = plan("2027");
        Api.Response badTarget = admin.post("/api/v1/plans/" + plan + "/objectives", Api.json("title", "Grow",
                "metric", "REVENUE", "targetValue", new BigDecimal("1.123456")));
        assertThat(badTarget.status()).isEqualTo(400);
        assertThat(badTarget.errorFields()).contains("targetValue");
        Api.Response blank = admin.post("/api/v1/plans/" + plan + "/objectives", Api.json("title", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errorFields()).contains("title");
        Api.Response longItem = admin.patch("/api/v1/plans/" + plan, Api.json("strengths", List.of("x".repeat(300))));
        assertThat(longItem.status()).isEqualTo(400);
        assertThat(longItem.errorFields()).contains("strengths[0]");
        Api.Response badStatus = admin.patch("/api/v1/plans/" + plan, Api.json("status", "DONE"));
        assertThat(badStatus.status()).isEqualTo(400);
    }

    @Test
    void anAccountHasOneActivePlanPerPeriod() {
        long first = plan("2027");
        long second = plan("2027");
        long other = plan("2028");

        assertThat(move(first, "ACTIVE").status()).isEqualTo(200);
        Api.Response clash = move(second, "ACTIVE");
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().path("detail").asString()).contains("already has an ACTIVE plan for 2027");
        assertThat(move(other, "ACTIVE").status()).isEqualTo(200);

        assertThat(move(first, "ARCHIVED").status()).isEqualTo(200);
        assertThat(move(second, "ACTIVE").status()).isEqualTo(200);
        // a draft moved into the period of an active plan cannot become active either
        long third = plan("2026");
        assertThat(admin.patch("/api/v1/plans/" + third, Api.json("period", "2027", "status", "ACTIVE")).status())
                .isEqualTo(409);
    }

    @Test
    void twoActivationsAtOnceLeaveOneActivePlan() throws Exception {
        List<Long> drafts = List.of(plan("2030"), plan("2030"), plan("2030"), plan("2030"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(drafts.size());
        try {
            var results = pool.invokeAll(drafts.stream().<java.util.concurrent.Callable<Integer>>map(id -> () ->
                    move(id, "ACTIVE").status()).toList());
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var f : results) statuses.add(f.get());
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void statusMovesFollowTheRulesAndNonsenseIsAConflict() {
        long plan = plan("2027");
        assertThat(move(plan, "ARCHIVED").status()).as("a draft is deleted, not archived").isEqualTo(409);
        assertThat(move(plan, "ACTIVE").status()).isEqualTo(200);
        assertThat(admin.delete("/api/v1/plans/" + plan).status()).as("only drafts are deleted").isEqualTo(409);
        assertThat(move(plan, "DRAFT").status()).as("taken back to rework").isEqualTo(200);
        assertThat(move(plan, "ACTIVE").status()).isEqualTo(200);
        assertThat(move(plan, "ARCHIVED").status()).isEqualTo(200);
        assertThat(move(plan, "ACTIVE").status()).as("archived is final").isEqualTo(409);
        assertThat(move(plan, "DRAFT").status()).isEqualTo(409);
        assertThat(admin.patch("/api/v1/plans/" + plan, Api.json("shortTermGoals", "late edit")).status()).isEqualTo(409);
        assertThat(admin.post("/api/v1/plans/" + plan + "/objectives", Api.json("title", "x")).status()).isEqualTo(409);

        long draft = plan("2029");
        assertThat(admin.delete("/api/v1/plans/" + draft).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/plans/" + draft).status()).isEqualTo(404);
    }

    @Test
    void aStaleVersionIsAConflict() {
        long plan = plan("2027");
        Api.Response first = admin.patch("/api/v1/plans/" + plan, Api.json("shortTermGoals", "A", "version", 0));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("version").asLong()).isEqualTo(1);
        assertThat(admin.patch("/api/v1/plans/" + plan, Api.json("shortTermGoals", "B", "version", 0)).status())
                .isEqualTo(409);
        assertThat(admin.patch("/api/v1/plans/" + plan, Api.json("shortTermGoals", "B"), Map.of("If-Match", "\"0\""))
                .status()).isEqualTo(409);
        assertThat(admin.patch("/api/v1/plans/" + plan, Api.json("shortTermGoals", "B"), Map.of("If-Match", "\"1\""))
                .status()).isEqualTo(200);

        Api.Response objective = admin.post("/api/v1/plans/" + plan + "/objectives", Api.json("title", "Grow"));
        long o = objective.json().path("id").asLong();
        assertThat(admin.patch("/api/v1/plan-objectives/" + o, Api.json("title", "Grow more", "version", 0)).status())
                .isEqualTo(200);
        assertThat(admin.patch("/api/v1/plan-objectives/" + o, Api.json("title", "Grow less", "version", 0)).status())
                .isEqualTo(409);
        Api.Response action = admin.post("/api/v1/plans/" + plan + "/actions", Api.json("title", "Call", "objectiveId", o));
        assertThat(action.status()).as(action.toString()).isEqualTo(201);
        long a = action.json().path("id").asLong();
        assertThat(admin.patch("/api/v1/plan-actions/" + a, Api.json("status", "DONE", "version", 0)).status())
                .isEqualTo(200);
        assertThat(admin.patch("/api/v1/plan-actions/" + a, Api.json("status", "OPEN", "version", 0)).status())
                .isEqualTo(409);
    }

    @Test
    void aMemberOffTheTeamDoesNotSeeThePlans() {
        long plan = plan("2027");
        TestUser outsider = newUser("MEMBER");
        TestUser insider = newUser("MEMBER");
        assertThat(admin.put("/api/v1/accounts/" + account + "/team", "[{\"userId\":" + insider.id()
                + ",\"role\":\"ACCOUNT_MANAGER\"}]").status()).isEqualTo(200);

        assertThat(outsider.api().get("/api/v1/plans/" + plan).status()).isEqualTo(404);
        assertThat(outsider.api().get("/api/v1/accounts/" + account + "/plans").status()).isEqualTo(404);
        assertThat(outsider.api().patch("/api/v1/plans/" + plan, Api.json("shortTermGoals", "x")).status()).isEqualTo(404);
        assertThat(outsider.api().post("/api/v1/accounts/" + account + "/plans", Api.json("period", "2027")).status())
                .isEqualTo(404);
        assertThat(outsider.api().get("/api/v1/plans/" + plan + "/export.pdf").status()).isEqualTo(404);
        assertThat(outsider.api().get("/api/v1/plans/" + plan + "/reviews").status()).isEqualTo(404);
        assertThat(outsider.api().post("/api/v1/plans/" + plan + "/reviews", "{\"items\":[]}").status()).isEqualTo(404);
        assertThat(outsider.api().get("/api/v1/plans/" + plan + "/review-problems").status()).isEqualTo(404);
        long objective = admin.post("/api/v1/plans/" + plan + "/objectives", Api.json("title", "Grow")).json()
                .path("id").asLong();
        long action = admin.post("/api/v1/plans/" + plan + "/actions", Api.json("title", "Call")).json().path("id")
                .asLong();
        assertThat(outsider.api().patch("/api/v1/plan-objectives/" + objective, Api.json("title", "x", "version", 0))
                .status())
                .isEqualTo(404);
        assertThat(outsider.api().delete("/api/v1/plan-actions/" + action).status()).isEqualTo(404);
        assertThat(outsider.api().post("/api/v1/plan-actions/" + action + "/task", null).status()).isEqualTo(404);
        assertThat(outsider.api().get("/api/v1/plans/" + plan + "/export.xlsx").status()).isEqualTo(404);
        assertThat(insider.api().get("/api/v1/plans/" + plan).status()).isEqualTo(200);
        assertThat(insider.api().get("/api/v1/accounts/" + account + "/plans").json().path("items").size()).isEqualTo(1);
        // absent from the list of every plan the caller may see
        assertThat(planIds(outsider.api().get("/api/v1/plans?size=500").json())).doesNotContain(plan);
        assertThat(planIds(insider.api().get("/api/v1/plans?size=500").json())).containsExactly(plan);
        assertThat(planIds(admin.get("/api/v1/plans?status=DRAFT&size=500").json())).contains(plan);
        assertThat(planIds(admin.get("/api/v1/plans?status=ACTIVE&size=500").json())).doesNotContain(plan);
        // an action owner must be able to see the account
        Api.Response owned = admin.post("/api/v1/plans/" + plan + "/actions", Api.json("title", "Visit",
                "ownerId", outsider.id()));
        assertThat(owned.status()).isEqualTo(400);
        assertThat(owned.errorFields()).contains("ownerId");
    }

    @Test
    void aMetricObjectiveShowsItsActualGapAndWhetherItIsOnTrack() {
        LocalDate today = LocalDate.now();
        long unit = admin.createUnit(account, "Plant", "SITE", null);
        long product = admin.createProduct("PL-");
        for (int daysAgo : new int[] {10, 100}) {
            assertThat(admin.post("/api/v1/sales", Api.json("unitId", unit, "productId", product, "date",
                    today.minusDays(daysAgo).toString(), "amount", new BigDecimal("300.00"))).status()).isIn(200, 201);
        }
        // a plan for the current year; the objective is due at its end
        long plan = plan(String.valueOf(today.getYear()));
        LocalDate due = LocalDate.of(today.getYear(), 12, 31);
        Api.Response r = admin.post("/api/v1/plans/" + plan + "/objectives", Api.json("title", "Revenue to 1000",
                "metric", "REVENUE", "targetValue", 1000, "dueOn", due.toString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode progress = r.json().path("progress");

        BigDecimal expected = today.isBefore(due) ? BigDecimal.valueOf(ChronoUnit.DAYS.between(
                LocalDate.of(today.getYear(), 1, 1), today)).divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(
                LocalDate.of(today.getYear(), 1, 1), due)), 4, RoundingMode.HALF_UP) : BigDecimal.ONE;
        assertThat(progress.path("actual").decimalValue()).isEqualByComparingTo("600");
        assertThat(progress.path("gap").decimalValue()).isEqualByComparingTo("400");
        assertThat(progress.path("reached").decimalValue()).isEqualByComparingTo("0.6");
        assertThat(progress.path("expected").decimalValue()).isEqualByComparingTo(expected);
        assertThat(progress.path("onTrack").asBoolean()).isEqualTo(new BigDecimal("0.6").compareTo(expected) >= 0);

        // a metric objective without a target yet shows its actual value, but no progress
        JsonNode untargeted = admin.post("/api/v1/plans/" + plan + "/objectives", Api.json("title", "Keep revenue",
                "metric", "REVENUE")).json();
        assertThat(untargeted.path("progress").path("actual").decimalValue()).isEqualByComparingTo("600");
        assertThat(untargeted.path("progress").path("onTrack").isNull()).isTrue();
        // a free objective is not measured
        JsonNode free = admin.post("/api/v1/plans/" + plan + "/objectives", Api.json("title", "Meet the CEO")).json();
        assertThat(free.path("progress").path("onTrack").isNull()).isTrue();
        // a revenue objective already passed is on track whatever the date
        JsonNode easy = admin.post("/api/v1/plans/" + plan + "/objectives", Api.json("title", "Revenue to 500",
                "metric", "REVENUE", "targetValue", 500, "dueOn", due.toString())).json();
        assertThat(easy.path("progress").path("onTrack").asBoolean()).isTrue();
        assertThat(easy.path("progress").path("reached").decimalValue()).isEqualByComparingTo("1");
    }

    @Test
    void theNextBestActionPanelAddsAnObjectiveToTheWorkingPlan() {
        PageSession page = new PageSession(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(page.get("/accounts/" + account + "/plan").status()).isEqualTo(200);
        String path = "/accounts/" + account + "/plan-objectives/from-action";

        PageSession.Page none = page.post(path, "title", "Sell cold-chain monitoring");
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.body()).contains("start a plan first");

        long draft = plan("2027");
        PageSession.Page added = page.post(path, "title", "Sell cold-chain monitoring", "metric", "REVENUE",
                "targetValue", "250000", "dueOn", "2027-09-30");
        assertThat(added.status()).isEqualTo(302);
        assertThat(added.location()).endsWith("/accounts/" + account + "/plan#objectives");
        assertThat(page.get("/accounts/" + account + "/plan").body())
                .contains("Sell cold-chain monitoring&quot; added to the plan.");
        JsonNode objectives = admin.get("/api/v1/plans/" + draft).json().path("objectives");
        assertThat(objectives.size()).isEqualTo(1);
        assertThat(objectives.get(0).path("title").asString()).isEqualTo("Sell cold-chain monitoring");
        assertThat(objectives.get(0).path("targetValue").decimalValue()).isEqualByComparingTo("250000");
        assertThat(objectives.get(0).path("dueOn").asString()).isEqualTo("2027-09-30");

        // an ACTIVE plan wins over a newer draft
        long active = plan("2026");
        assertThat(move(active, "ACTIVE").status()).isEqualTo(200);
        plan("2028");
        assertThat(page.post(path, "title", "Ask for a referral").status()).isEqualTo(302);
        page.get("/accounts/" + account + "/plan");
        assertThat(admin.get("/api/v1/plans/" + active).json().path("objectives").get(0).path("title").asString())
                .isEqualTo("Ask for a referral");
        // from an htmx panel: HX-Redirect to the objectives, and the notice shows there
        PageSession.Page htmx = page.post(path, Map.of("HX-Request", "true"), "title", "Re-expose the buyers");
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.headers().firstValue("HX-Redirect").orElse("")).endsWith("/accounts/" + account
                + "/plan#objectives");
        assertThat(page.get("/accounts/" + account + "/plan").body()).contains("Re-expose the buyers&quot; added to the plan.");
        assertThat(page.post(path, "title", "").status()).isEqualTo(400);
        assertThat(page.post(path, "title", "x", "metric", "NOPE").status()).isEqualTo(400);
    }
}
