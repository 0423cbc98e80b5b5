package app.prism.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpportunitiesIT extends IntegrationTest {

    private Api admin;
    private long account;
    private long unit;
    private long product;

    @BeforeEach
    void accountWithUnitAndProduct() {
        admin = admin();
        account = admin.createAccount("Pipeline ");
        unit = admin.createUnit(account, "Plant", "SITE", null);
        product = admin.createProduct("O-");
    }

    private Api.Response create(Object... extra) {
        Object[] base = {"unitId", unit, "productId", product, "title", "Pumps for line 2"};
        Object[] all = new Object[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return admin.post("/api/v1/opportunities", Api.json(all));
    }

    @Test
    void anOpenOpportunityIsCreatedReadAndListed() {
        Api.Response r = create("value", 25000.5, "stage", "OPEN", "closeDate", "2027-06-30");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith("/api/v1/opportunities/" + r.id());
        JsonNode o = admin.get("/api/v1/opportunities/" + r.id()).json();
        assertThat(o.path("value").decimalValue()).isEqualByComparingTo("25000.50");
        assertThat(o.path("stage").asString()).isEqualTo("OPEN");
        assertThat(o.path("closeDate").asString()).isEqualTo("2027-06-30");
        assertThat(o.path("accountId").asLong()).isEqualTo(account);
        Api.Response open = admin.get("/api/v1/opportunities?accountId=" + account + "&stage=OPEN");
        assertThat(open.json().path("total").asLong()).as(open.toString()).isEqualTo(1);
        assertThat(admin.get("/api/v1/opportunities?unitId=" + unit + "&stage=WON").json().path("total").asLong())
                .isZero();
        assertThat(admin.get("/api/v1/opportunities?productId=" + product).json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void stageDefaultsToOpen() {
        assertThat(create().json().path("stage").asString()).isEqualTo("OPEN");
    }

    @Test
    void competitorAndLossReasonBelongToLostOpportunitiesOnly() {
        Api.Response r = create("stage", "OPEN", "competitor", "Acme", "lossReason", "PRICE");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("competitor", "lossReason");
        assertThat(create("stage", "WON", "competitor", "Acme").errorFields()).containsExactly("competitor");
    }

    @Test
    void aLostOpportunityMayGoWithoutItsLossReason() {
        Api.Response r = create("stage", "LOST", "competitor", "Acme");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("lossReason").isNull()).isTrue();
        assertThat(r.json().path("closeDate").asString()).isEqualTo(LocalDate.now().toString());

        Api.Response ok = create("stage", "LOST", "competitor", "Acme", "lossReason", "UNAWARE_WE_OFFER_IT",
                "closeDate", "2026-01-15");
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        assertThat(ok.json().path("lossReason").asString()).isEqualTo("UNAWARE_WE_OFFER_IT");
    }

    @Test
    void valueMustBeZeroOrMoreWithTwoDecimals() {
        assertThat(create("value", -1).errorFields()).containsExactly("value");
        assertThat(create("value", "10.123").errorMessage("value")).isEqualTo("at most 2 decimals");
        assertThat(create("value", 0).status()).isEqualTo(201);
    }

    @Test
    void anUnknownLossReasonOrStageIsRefused() {
        assertThat(create("stage", "MAYBE").status()).isEqualTo(400);
        assertThat(create("stage", "LOST", "lossReason", "BAD_LUCK").status()).isEqualTo(400);
    }

    @Test
    void closingWithoutADateClosesTodayAndAGivenDateIsKept() {
        long id = create("closeDate", "2099-01-01").id();

        Api.Response won = admin.patch("/api/v1/opportunities/" + id, Api.json("stage", "WON"));

        assertThat(won.status()).as(won.toString()).isEqualTo(200);
        assertThat(won.json().path("closeDate").asString()).isEqualTo(LocalDate.now().toString());
        Api.Response ahead = create("stage", "WON", "closeDate", LocalDate.now().plusDays(2).toString());
        assertThat(ahead.status()).as(ahead.toString()).isEqualTo(201);
        assertThat(ahead.json().path("closeDate").asString()).isEqualTo(LocalDate.now().plusDays(2).toString());
    }

    @Test
    void openToLostThenReopenClearsCompetitorAndLossReason() {
        long id = create().id();

        Api.Response staysOpen = admin.patch("/api/v1/opportunities/" + id, Api.json("lossReason", "PRICE"));
        assertThat(staysOpen.errorFields()).containsExactly("lossReason");   // only a LOST one has a reason

        Api.Response lost = admin.patch("/api/v1/opportunities/" + id,
                Api.json("stage", "LOST", "lossReason", "PRICE", "competitor", "Acme", "closeDate", "2026-01-10"));
        assertThat(lost.status()).as(lost.toString()).isEqualTo(200);
        assertThat(lost.json().path("competitor").asString()).isEqualTo("Acme");

        Api.Response reopened = admin.patch("/api/v1/opportunities/" + id, Api.json("stage", "OPEN"));
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.json().path("stage").asString()).isEqualTo("OPEN");
        assertThat(reopened.json().path("competitor").isNull()).isTrue();
        assertThat(reopened.json().path("lossReason").isNull()).isTrue();
        assertThat(reopened.json().path("closeDate").asString()).isEqualTo("2026-01-10");
    }

    @Test
    void wonBecomesLostOnlyThroughReopening() {
        long id = create("stage", "WON", "closeDate", "2026-01-10").id();

        Api.Response r = admin.patch("/api/v1/opportunities/" + id, Api.json("stage", "LOST", "lossReason", "PRICE"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("stage");
        assertThat(admin.patch("/api/v1/opportunities/" + id, Api.json("stage", "OPEN")).status()).isEqualTo(200);
        assertThat(admin.patch("/api/v1/opportunities/" + id, Api.json("stage", "LOST", "lossReason", "TIMING"))
                .status()).isEqualTo(200);
    }

    @Test
    void aLostOpportunityKeepsItsReasonWhenOtherFieldsChangeAndMayHaveItCleared() {
        long id = create("stage", "LOST", "lossReason", "PRICE", "closeDate", "2026-01-10").id();

        assertThat(admin.patch("/api/v1/opportunities/" + id, Api.json("title", "Renamed")).json()
                .path("lossReason").asString()).isEqualTo("PRICE");
        Map<String, Object> clear = new java.util.HashMap<>();
        clear.put("lossReason", null);
        Api.Response cleared = admin.patch("/api/v1/opportunities/" + id, Api.toJson(clear));
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.json().path("lossReason").isNull()).isTrue();
        assertThat(cleared.json().path("stage").asString()).isEqualTo("LOST");
    }

    @Test
    void aStaleVersionAnswers409() {
        Api.Response created = create();
        long id = created.id();
        assertThat(admin.patch("/api/v1/opportunities/" + id, Api.json("title", "First", "version", 0)).status())
                .isEqualTo(200);

        Api.Response stale = admin.patch("/api/v1/opportunities/" + id, Api.json("title", "Second"),
                Map.of("If-Match", "\"0\""));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
    }

    @Test
    void deletedOpportunitiesAreGone() {
        long id = create().id();

        assertThat(admin.delete("/api/v1/opportunities/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/opportunities/" + id).status()).isEqualTo(404);
    }

    @Test
    void aMemberOffTheTeamSeesNothingAndCannotTellHiddenFromMissing() {
        long id = create().id();
        TestUser member = newUser("MEMBER");

        assertThat(member.api().get("/api/v1/opportunities/" + id).status()).isEqualTo(404);
        assertThat(member.api().patch("/api/v1/opportunities/" + id, Api.json("title", "x")).status()).isEqualTo(404);
        assertThat(member.api().delete("/api/v1/opportunities/" + id).status()).isEqualTo(404);
        assertThat(member.api().get("/api/v1/opportunities?accountId=" + account).status()).isEqualTo(404);
        assertThat(member.api().get("/api/v1/opportunities").json().path("total").asLong()).isZero();
        Api.Response hidden = member.api().post("/api/v1/opportunities",
                Api.json("unitId", unit, "productId", product, "title", "Mine now"));
        Api.Response missing = member.api().post("/api/v1/opportunities",
                Api.json("unitId", 999_999_999L, "productId", product, "title", "Mine now"));
        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.errorMessage("unitId")).isEqualTo("unknown unit " + unit);
        assertThat(missing.errorMessage("unitId")).isEqualTo("unknown unit 999999999");
    }

    @Test
    void aUnitWithAnOpportunityIsNotDeleted() {
        create();

        Api.Response r = admin.delete("/api/v1/units/" + unit);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("detail").asString()).contains("1 opportunity(ies)");
    }
}
