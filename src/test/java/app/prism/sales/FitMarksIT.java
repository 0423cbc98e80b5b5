package app.prism.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FitMarksIT extends IntegrationTest {

    private Api admin;
    private long account;
    private long unit;
    private long product;

    @BeforeEach
    void accountWithUnitAndProduct() {
        admin = admin();
        account = admin.createAccount("Fit ");
        unit = admin.createUnit(account, "Office", "SITE", null);
        product = admin.createProduct("F-");
    }

    private Api.Response mark(String reason) {
        return admin.post("/api/v1/fit-marks", Api.json("unitId", unit, "productId", product, "reason", reason));
    }

    @Test
    void aFitMarkIsCreatedListedAndDeleted() {
        Api.Response r = mark("No production line here");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode list = admin.get("/api/v1/fit-marks?accountId=" + account).json();
        assertThat(list.path("total").asLong()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("reason").asString()).isEqualTo("No production line here");
        assertThat(admin.get("/api/v1/fit-marks?unitId=" + unit).json().path("total").asLong()).isEqualTo(1);

        assertThat(admin.delete("/api/v1/fit-marks/" + r.id()).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/fit-marks?accountId=" + account).json().path("total").asLong()).isZero();
    }

    @Test
    void aReasonIsRequired() {
        Api.Response r = mark("  ");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("reason");
    }

    @Test
    void aSecondMarkForThePairIsAConflict() {
        mark("Office only");

        Api.Response again = mark("Still an office");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aMarkIsDeletedByItsPair() {
        mark("Office only");

        assertThat(admin.delete("/api/v1/fit-marks?unitId=" + unit + "&productId=" + product).status()).isEqualTo(204);
        assertThat(admin.delete("/api/v1/fit-marks?unitId=" + unit + "&productId=" + product).status()).isEqualTo(404);
        assertThat(mark("Marked again").status()).isEqualTo(201);
    }

    @Test
    void aMarkIsDeletedByItsPairInTheBodyAndAnIncompleteBodyIsRefused() {
        mark("Office only");
        Map<String, String> json = Map.of("Content-Type", "application/json");

        assertThat(admin.send("DELETE", "/api/v1/fit-marks", Api.json("unitId", unit), json).errorFields())
                .containsExactly("productId");
        assertThat(admin.send("DELETE", "/api/v1/fit-marks", Api.json("unitId", unit, "productId", product), json)
                .status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/fit-marks?unitId=" + unit).json().path("total").asLong()).isZero();
        assertThat(admin.send("DELETE", "/api/v1/fit-marks", Api.json("unitId", unit, "productId", product), json)
                .status()).isEqualTo(404);
    }

    @Test
    void aMemberOffTheTeamCannotSeeOrMarkTheUnit() {
        long id = mark("Office only").id();
        TestUser member = newUser("MEMBER");

        assertThat(member.api().get("/api/v1/fit-marks/" + id).status()).isEqualTo(404);
        assertThat(member.api().delete("/api/v1/fit-marks/" + id).status()).isEqualTo(404);
        assertThat(member.api().delete("/api/v1/fit-marks?unitId=" + unit + "&productId=" + product).status())
                .isEqualTo(404);
        assertThat(member.api().get("/api/v1/fit-marks?unitId=" + unit).status()).isEqualTo(404);
        assertThat(member.api().get("/api/v1/fit-marks").json().path("total").asLong()).isZero();
        Api.Response r = member.api().post("/api/v1/fit-marks",
                Api.json("unitId", unit, "productId", product, "reason", "x"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage("unitId")).isEqualTo("unknown unit " + unit);
    }

    @Test
    void aUnitWithAFitMarkIsNotDeletedUntilTheMarkIsGone() {
        long id = mark("Office only").id();

        Api.Response refused = admin.delete("/api/v1/units/" + unit);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asString()).contains("1 fit mark(s)");

        admin.delete("/api/v1/fit-marks/" + id);
        assertThat(admin.delete("/api/v1/units/" + unit).status()).isEqualTo(204);
    }
}
