package app.prism.plans;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.PageSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A plan review opens on the problems, and its follow-ups become tasks (source REVIEW) and plan actions. */
class PlanReviewIT extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now();

    private Api admin;
    private long account;
    private long plan;
    private long objective;
    private long overdueAction;

    @BeforeEach
    void aPlanWithProblems() {
        admin = admin();
        account = admin.createAccount("Reviewed ");
        long unit = admin.createUnit(account, "Plant", "SITE", null);
        long sold = admin.createProduct("RV-");
        admin.createProduct("RW-"); // never sold: a gap for the contact
        assertThat(admin.post("/api/v1/sales", Api.json("unitId", unit, "productId", sold, "date",
                TODAY.minusDays(5).toString(), "amount", new BigDecimal("100.00"))).status()).isIn(200, 201);
        admin.createContact(unit, "Only Contact"); // single-threaded, no decision maker
        plan = admin.post("/api/v1/accounts/" + account + "/plans", Api.json("period",
                String.valueOf(TODAY.getYear()))).id();
        assertThat(admin.patch("/api/v1/plans/" + plan, Api.json("status", "ACTIVE")).status()).isEqualTo(200);
        // due yesterday and far from reached: off track
        objective = admin.post("/api/v1/plans/" + plan + "/objectives", Api.json("title", "Revenue to a million",
                "metric", "REVENUE", "targetValue", 1000000, "dueOn", TODAY.minusDays(1).toString())).json()
                .path("id").asLong();
        admin.post("/api/v1/plans/" + plan + "/objectives", Api.json("title", "Revenue to fifty", "metric", "REVENUE",
                "targetValue", 50, "dueOn", TODAY.plusDays(30).toString()));
        overdueAction = admin.post("/api/v1/plans/" + plan + "/actions", Api.json("title", "Send the proposal",
                "dueOn", TODAY.minusDays(3).toString(), "objectiveId", objective)).json().path("id").asLong();
        admin.post("/api/v1/plans/" + plan + "/actions", Api.json("title", "Plan the workshop",
                "dueOn", TODAY.plusDays(3).toString()));
    }

    @Test
    void theReviewOpensOnTheProblems() {
        JsonNode p = admin.get("/api/v1/plans/" + plan + "/review-problems").json();

        assertThat(titles(p.path("offTrack"))).containsExactly("Revenue to a million");
        assertThat(p.path("overdueActions").size()).isEqualTo(1);
        assertThat(p.path("overdueActions").get(0).path("id").asLong()).isEqualTo(overdueAction);
        assertThat(StreamSupport.stream(p.path("newRisks").spliterator(), false).map(r -> r.path("flag").asString()))
                .contains("SINGLE_THREADED");
        assertThat(p.path("exposureGaps").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(p.path("lastReviewOn").isNull()).isTrue();

        PageSession page = new PageSession(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
        PageSession.Page review = page.get("/plans/" + plan + "/review");
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body()).contains("objective off track", "Revenue to a million", "Send the proposal",
                "new relationship risk", "exposure gap");
        assertThat(review.body()).doesNotContain("Plan the workshop"); // on time: not a problem
    }

    @Test
    void followUpsBecomeTasksFromTheReviewAndPlanActions() {
        Api.Response r = admin.post("/api/v1/plans/" + plan + "/reviews", Api.toJson(Map.of("items", List.of(Map.of(
                "objectiveId", objective, "issue", "The big tender slipped to next year",
                "decision", "Split the target: services now, hardware next year",
                "followUps", List.of(Map.of("title", "Propose the services bundle", "dueOn",
                        TODAY.plusDays(14).toString()), Map.of("title", "Book the QBR")))))));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode item = r.json().path("items").get(0);
        assertThat(item.path("objectiveTitle").asString()).isEqualTo("Revenue to a million");
        assertThat(item.path("decision").asString()).startsWith("Split the target");
        assertThat(titles(item.path("followUps"))).containsExactly("Propose the services bundle", "Book the QBR");

        JsonNode tasks = admin.get("/api/v1/tasks?accountId=" + account).json().path("items");
        List<JsonNode> review = StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> t.path("source").asString().equals("REVIEW")).toList();
        assertThat(review).extracting(t -> t.path("title").asString())
                .containsExactlyInAnyOrder("Propose the services bundle", "Book the QBR");
        assertThat(review.get(0).path("note").asString()).contains("Split the target");

        JsonNode actions = admin.get("/api/v1/plans/" + plan).json().path("actions");
        List<JsonNode> followUps = StreamSupport.stream(actions.spliterator(), false)
                .filter(a -> !a.path("reviewItemId").isNull()).toList();
        assertThat(followUps).hasSize(2);
        assertThat(followUps).allSatisfy(a -> {
            assertThat(a.path("objectiveId").asLong()).isEqualTo(objective);
            assertThat(a.path("taskId").isNull()).isFalse();
            assertThat(a.path("status").asString()).isEqualTo("OPEN");
        });

        JsonNode past = admin.get("/api/v1/plans/" + plan + "/reviews").json();
        assertThat(past.size()).isEqualTo(1);
        assertThat(past.get(0).path("heldOn").asString()).isEqualTo(TODAY.toString());
        // the risks seen at this review are no longer new
        JsonNode after = admin.get("/api/v1/plans/" + plan + "/review-problems").json();
        assertThat(after.path("newRisks").size()).isZero();
        assertThat(after.path("lastReviewOn").asString()).isEqualTo(TODAY.toString());
    }

    @Test
    void aReviewNeedsAnIssueAndADecisionAndChangesNothingOtherwise() {
        Api.Response r = admin.post("/api/v1/plans/" + plan + "/reviews", Api.toJson(Map.of("items", List.of(Map.of(
                "objectiveId", objective, "issue", "Slipped", "decision", " ",
                "followUps", List.of(Map.of("title", "Call them")))))));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).contains("items[0].decision");
        assertThat(admin.post("/api/v1/plans/" + plan + "/reviews", "{\"items\":[]}").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/plans/" + plan + "/reviews").json().size()).isZero();
        JsonNode tasks = admin.get("/api/v1/tasks?accountId=" + account).json().path("items");
        assertThat(tasks.size()).isZero();
    }

    @Test
    void aPlanActionBecomesATaskOnce() {
        Api.Response r = admin.post("/api/v1/plan-actions/" + overdueAction + "/task", null);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        long task = r.json().path("taskId").asLong();
        JsonNode t = admin.get("/api/v1/tasks/" + task).json();
        assertThat(t.path("source").asString()).isEqualTo("PLAN");
        assertThat(t.path("title").asString()).isEqualTo("Send the proposal");
        assertThat(admin.post("/api/v1/plan-actions/" + overdueAction + "/task", null).status()).isEqualTo(409);
    }

    private static List<String> titles(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path("title").asString()).toList();
    }
}
