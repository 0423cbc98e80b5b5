package app.prism.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.PageSession;
import app.prism.support.TestUser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Colleagues appear by name, not by email, where a page says who recorded or marked something. */
class RecordedByNameIT extends IntegrationTest {

    @Test
    void salesAndFitMarksNameTheColleagueWhoRecordedThem() {
        TestUser manager = newUser("MANAGER");
        String name = admin().get("/api/v1/users/" + manager.id()).json().path("name").asString();
        long account = manager.api().createAccount("Recorded by ");
        long unit = manager.api().createUnit(account, "Plant", "SITE", null);
        long product = admin().createProduct("RBN-");
        long other = admin().createProduct("RBN-");
        assertThat(manager.api().post("/api/v1/sales", Api.json("unitId", unit, "productId", product, "date",
                LocalDate.now().minusDays(3).toString(), "amount", 100)).status()).isIn(200, 201);
        assertThat(manager.api().post("/api/v1/fit-marks", Api.json("unitId", unit, "productId", other,
                "reason", "NOT_RELEVANT")).status()).isIn(200, 201);

        PageSession page = new PageSession(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
        String sales = page.get("/accounts/" + account + "/sales").body();
        assertThat(sales).contains("Recorded by").contains(name).doesNotContain(manager.email());
        String opportunities = page.get("/accounts/" + account + "/opportunities").body();
        assertThat(opportunities).contains("Marked by").contains(name).doesNotContain(manager.email());
    }
}
