package app.prism.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A cell's potential and competitor (PRODUCT.md sections 4 and 6: /api/v1/cells). */
class CellsIT extends IntegrationTest {

    @Test
    void aCellsPotentialAndCompetitorAreSetChangedAtTheirVersionAndCleared() {
        Api admin = admin();
        long account = admin.createAccount("Wallet ");
        long unit = admin.createUnit(account, "Plant", "SITE", null);
        long product = admin.createProduct("W-");

        Api.Response set = admin.put("/api/v1/cells", Api.json("unitId", unit, "productId", product, "potential",
                "120000.50", "competitor", "Rival AG"));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().path("potential").decimalValue()).isEqualByComparingTo("120000.50");
        long version = set.version();
        JsonNode list = admin.get("/api/v1/cells?accountId=" + account).json();
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).path("competitor").asString()).isEqualTo("Rival AG");

        assertThat(admin.put("/api/v1/cells", Api.json("unitId", unit, "productId", product, "potential", 1,
                "version", version + 7)).status()).isEqualTo(409);
        assertThat(admin.put("/api/v1/cells", Api.json("unitId", unit, "productId", product, "potential", -1))
                .status()).isEqualTo(400);
        assertThat(admin.put("/api/v1/cells", Api.json("unitId", unit, "productId", product, "potential", "1.005"))
                .status()).isEqualTo(400);
        assertThat(admin.put("/api/v1/cells", Api.json("unitId", unit, "productId", product, "potential", null,
                "competitor", null, "version", version)).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/cells?accountId=" + account).json().size()).isZero();

        admin.post("/api/v1/fit-marks", Api.json("unitId", unit, "productId", product, "reason", "no such plant"));
        Api.Response marked = admin.put("/api/v1/cells", Api.json("unitId", unit, "productId", product, "potential", 5));
        assertThat(marked.status()).isEqualTo(400);
        assertThat(marked.body()).contains("fit-marked");
        assertThat(newUser("MEMBER").api().get("/api/v1/cells?accountId=" + account).status()).isEqualTo(404);
    }
}
