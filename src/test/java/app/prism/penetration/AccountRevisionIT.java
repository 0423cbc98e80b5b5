package app.prism.penetration;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A write to one account leaves the other accounts' cached figures valid (served from the cache, seen by the count of
 * matrices computed) and makes the written account's figures be computed again, with the new figure.
 */
class AccountRevisionIT extends IntegrationTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Autowired
    PenetrationService penetration;

    private long product(Api api, BigDecimal typicalValue) {
        var r = api.post("/api/v1/products", Api.json("code", Api.unique("REV-").toUpperCase(), "name", "Revision test",
                "family", "Tests", "typicalAnnualValue", typicalValue));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private void sale(Api api, long unit, long product, String amount) {
        var r = api.post("/api/v1/sales", Api.json("unitId", unit, "productId", product, "date",
                AS_OF.minusDays(10).toString(), "amount", new BigDecimal(amount)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private JsonNode get(Api api, String path) {
        var r = api.get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private JsonNode summary(Api api, long account) {
        return get(api, "/api/v1/accounts/" + account + "/penetration/summary?asOf=" + AS_OF);
    }

    private JsonNode nextBestActions(Api api, long account) {
        return get(api, "/api/v1/accounts/" + account + "/next-best-actions?asOf=" + AS_OF + "&limit=500");
    }

    @Test
    void aSaleInOneAccountLeavesTheOtherAccountsCachedFiguresValidAndRecomputesItsOwn() {
        Api admin = admin();
        long p = product(admin, new BigDecimal("1000"));
        long a = admin.createAccount("Rev A ");
        long unitA = admin.createUnit(a, "A unit", "COMPANY", null);
        long b = admin.createAccount("Rev B ");
        long unitB = admin.createUnit(b, "B unit", "COMPANY", null);
        sale(admin, unitB, p, "50.00");

        JsonNode a0 = summary(admin, a);
        JsonNode b0 = summary(admin, b);
        nextBestActions(admin, a);
        JsonNode nbaB0 = nextBestActions(admin, b);
        long computedBefore = penetration.matricesComputed();
        long readBefore = penetration.accountsReadAcross();

        sale(admin, unitA, p, "120.00");   // A only

        JsonNode b1 = summary(admin, b);
        JsonNode nbaB1 = nextBestActions(admin, b);
        assertThat(penetration.matricesComputed()).as("B's summary and matrix served from the cache")
                .isEqualTo(computedBefore);
        assertThat(b1).isEqualTo(b0);
        assertThat(nbaB1).isEqualTo(nbaB0);
        assertThat(penetration.accountsReadAcross() - readBefore)
                .as("only A's sales reread (for the medians, for who buys what), not every account's").isBetween(1L, 2L);

        JsonNode a1 = summary(admin, a);
        assertThat(penetration.matricesComputed()).as("A's summary computed again").isEqualTo(computedBefore + 1);
        assertThat(a0.get("buyingCells").asLong()).isZero();
        assertThat(a1.get("buyingCells").asLong()).isEqualTo(1);
        JsonNode nbaA1 = nextBestActions(admin, a);
        assertThat(nbaA1.toString()).doesNotContain("\"productId\":" + p + ",");   // A buys it now: no cross-sell of it
    }

    @Test
    void aContactOrUnitWrittenInOneAccountLeavesTheOtherAccountsFiguresCached() {
        Api admin = admin();
        long a = admin.createAccount("Rev C ");
        long unitA = admin.createUnit(a, "C unit", "COMPANY", null);
        long b = admin.createAccount("Rev D ");
        admin.createUnit(b, "D unit", "COMPANY", null);
        summary(admin, a);
        JsonNode b0 = summary(admin, b);
        long computedBefore = penetration.matricesComputed();

        admin.createContact(unitA, "Someone at C");
        admin.createUnit(a, "C second unit", "SITE", unitA);

        assertThat(summary(admin, b)).isEqualTo(b0);
        assertThat(penetration.matricesComputed()).isEqualTo(computedBefore);
        JsonNode a1 = summary(admin, a);
        assertThat(penetration.matricesComputed()).isEqualTo(computedBefore + 1);
        assertThat(a1.get("unitsTotal").asLong()).isEqualTo(2);
    }

    @Test
    void aProductChangesEveryAccountsFigures() {
        Api admin = admin();
        long a = admin.createAccount("Rev E ");
        admin.createUnit(a, "E unit", "COMPANY", null);
        summary(admin, a);
        long computedBefore = penetration.matricesComputed();
        product(admin, new BigDecimal("10"));   // the catalogue: everyone's whitespace
        summary(admin, a);
        assertThat(penetration.matricesComputed()).isEqualTo(computedBefore + 1);
    }
}
