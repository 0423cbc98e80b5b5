package app.prism.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The gap rule of PRODUCT.md section 4 through the API. Products are shared by all tests: each check filters by its own. */
class ExposureGapsIT extends IntegrationTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private Api admin;
    private long account;
    private long plant;
    private long office;
    private long anna;   // plant
    private long carl;   // office
    private long pumps;
    private long valves;

    @BeforeEach
    void account() {
        admin = admin();
        account = admin.createAccount("Gaps ");
        plant = admin.createUnit(account, "Plant", "SITE", null);
        office = admin.createUnit(account, "Office", "SITE", null);
        anna = admin.createContact(plant, "Anna Berg");
        carl = admin.createContact(office, "Carl Dahl");
        pumps = admin.createProduct("GP-");
        valves = admin.createProduct("GV-");
    }

    private void touch(long contact, long product, LocalDate date) {
        Api.Response r = admin.post("/api/v1/touchpoints", Api.json("contactIds", List.of(contact), "productIds",
                List.of(product), "date", date.toString(), "channel", "CALL"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private JsonNode gaps(String query) {
        Api.Response r = admin.get("/api/v1/accounts/" + account + "/exposure-gaps?asOf=" + AS_OF + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private List<String> gapsOf(long product) {
        return gaps("&productId=" + product + "&size=500").path("gaps").values().stream()
                .map(g -> g.path("contactId").asLong() + "/" + (g.path("lastExposedOn").isNull() ? "never"
                        : g.path("lastExposedOn").asString()))
                .toList();
    }

    @Test
    void neverExposedContactsAreGapsWithNoLastExposure() {
        JsonNode page = gaps("&productId=" + pumps);

        assertThat(page.path("asOf").asString()).isEqualTo(AS_OF.toString());
        assertThat(page.path("cadenceDays").asInt()).isEqualTo(90);
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(gapsOf(pumps)).containsExactlyInAnyOrder(anna + "/never", carl + "/never");
    }

    @Test
    void exactlyTheCadenceAgoStillCountsOneDayMoreDoesNot() {
        touch(anna, pumps, AS_OF.minusDays(90));
        touch(carl, pumps, AS_OF.minusDays(91));
        touch(anna, valves, AS_OF.plusDays(0));
        touch(carl, valves, AS_OF.minusDays(45));

        assertThat(gapsOf(pumps)).containsExactly(carl + "/" + AS_OF.minusDays(91));
        assertThat(gapsOf(valves)).isEmpty();
    }

    @Test
    void aTouchpointAfterTheDateDoesNotCount() {
        touch(anna, pumps, AS_OF.plusDays(10));

        assertThat(gapsOf(pumps)).contains(anna + "/never");
    }

    @Test
    void aUnitBuyingTheProductHasNoGapsForItButASaleOlderThanTheWindowDoesNotCount() {
        sale(plant, pumps, AS_OF.minusDays(364), "100.00");     // in the TTM: the plant buys pumps
        sale(office, pumps, AS_OF.minusDays(365), "100.00");    // one day too old: the office does not

        assertThat(gapsOf(pumps)).containsExactly(carl + "/never");
    }

    @Test
    void creditNotesThatSumToZeroOrLessLeaveTheCellAGap() {
        sale(plant, pumps, AS_OF.minusDays(10), "100.00");
        sale(plant, pumps, AS_OF.minusDays(5), "-100.00");

        assertThat(gapsOf(pumps)).contains(anna + "/never");
    }

    @Test
    void notApplicableCellsInactiveContactsAndInactiveProductsAreNoGaps() {
        Api.Response mark = admin.post("/api/v1/fit-marks", Api.json("unitId", office, "productId", pumps, "reason",
                "No water at the office"));
        assertThat(mark.status()).as(mark.toString()).isEqualTo(201);
        assertThat(admin.patch("/api/v1/contacts/" + anna, Api.json("active", false)).status()).isEqualTo(200);
        assertThat(admin.patch("/api/v1/products/" + valves, Api.json("active", false)).status()).isEqualTo(200);

        assertThat(gapsOf(pumps)).isEmpty();
        assertThat(gapsOf(valves)).isEmpty();
        assertThat(gaps("&contactId=" + carl + "&productId=" + pumps).path("total").asLong()).isZero();
    }

    @Test
    void anAccountOverrideChangesTheCadence() {
        touch(anna, pumps, AS_OF.minusDays(60));
        assertThat(gapsOf(pumps)).containsExactly(carl + "/never");

        Api.Response set = admin.put("/api/v1/accounts/" + account + "/cadence", Api.json("cadenceDays", 30));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().path("overridden").asBoolean()).isTrue();

        assertThat(gaps("").path("cadenceDays").asInt()).isEqualTo(30);
        assertThat(gapsOf(pumps)).containsExactly(carl + "/never", anna + "/" + AS_OF.minusDays(60));

        admin.put("/api/v1/accounts/" + account + "/cadence", "{\"cadenceDays\":null}");
        assertThat(gaps("").path("cadenceDays").asInt()).isEqualTo(90);
    }

    @Test
    void awarenessIsTheShareOfPairsExposedWithinTheCadence() {
        touch(anna, pumps, AS_OF.minusDays(10));
        touch(carl, pumps, AS_OF.minusDays(200));

        Api.Response r = admin.get("/api/v1/accounts/" + account + "/awareness?asOf=" + AS_OF);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode a = r.json();
        JsonNode pumpsShare = a.path("products").values().stream()
                .filter(p -> p.path("productId").asLong() == pumps).findFirst().orElseThrow();
        assertThat(pumpsShare.path("pairs").asLong()).isEqualTo(2);
        assertThat(pumpsShare.path("awareness").asDouble()).isEqualTo(0.5);
        JsonNode plantShare = a.path("units").values().stream()
                .filter(u -> u.path("unitId").asLong() == plant).findFirst().orElseThrow();
        assertThat(plantShare.path("exposedPairs").asLong()).isEqualTo(1);
        assertThat(a.path("trend").size()).isEqualTo(12);
        assertThat(a.path("trend").get(11).path("date").asString()).isEqualTo(AS_OF.toString());
        // at the end of January only carl's exposure (200 days before June 30: December 12) was within 90 days
        JsonNode january = a.path("trend").get(6);
        assertThat(january.path("date").asString()).isEqualTo("2026-01-31");
        assertThat(january.path("exposedPairs").asLong()).isEqualTo(1);
    }

    @Test
    void badInputAndAccessRules() {
        assertThat(admin.get("/api/v1/accounts/" + account + "/exposure-gaps?asOf=2026-13-01").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/accounts/" + account + "/exposure-gaps?size=501").errorFields()).containsExactly("size");
        assertThat(admin.put("/api/v1/accounts/" + account + "/cadence", Api.json("cadenceDays", 0)).errorFields())
                .containsExactly("cadenceDays");
        assertThat(admin.get("/api/v1/accounts/999999999/exposure-gaps").status()).isEqualTo(404);

        TestUser member = newUser("MEMBER");
        assertThat(member.api().get("/api/v1/accounts/" + account + "/exposure-gaps").status()).isEqualTo(404);
        assertThat(member.api().get("/api/v1/accounts/" + account + "/awareness").status()).isEqualTo(404);
        assertThat(member.api().put("/api/v1/accounts/" + account + "/cadence", Api.json("cadenceDays", 30)).status())
                .isEqualTo(404);
        admin.put("/api/v1/accounts/" + account + "/team", "[" + Api.json("userId", member.id(), "role", "SERVICE") + "]");
        assertThat(member.api().get("/api/v1/accounts/" + account + "/exposure-gaps").status()).isEqualTo(200);
        assertThat(member.api().put("/api/v1/accounts/" + account + "/cadence", Api.json("cadenceDays", 30)).status())
                .isEqualTo(403);
        assertThat(member.api().put("/api/v1/exposure/settings", Api.json("cadenceDays", 30, "version", 0)).status())
                .isEqualTo(403);
        assertThat(admin.get("/api/v1/exposure/settings").json().path("cadenceDays").asInt()).isEqualTo(90);
    }

    private void sale(long unit, long product, LocalDate date, String amount) {
        Api.Response r = admin.post("/api/v1/sales", Api.json("unitId", unit, "productId", product, "date",
                date.toString(), "amount", new java.math.BigDecimal(amount)));
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
    }
}
