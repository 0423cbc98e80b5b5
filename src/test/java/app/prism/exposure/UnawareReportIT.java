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

/** The "lost because unaware" report, seen by a member of the account's team (who sees no other account's losses). */
class UnawareReportIT extends IntegrationTest {

    static final LocalDate LOSS = LocalDate.of(2026, 5, 20);

    private Api admin;
    private TestUser member;
    private long account;
    private long plant;
    private long pumps;
    private long heardRecently;
    private long heardLongAgo;
    private long neverHeard;

    @BeforeEach
    void aLossAndThePeopleOfItsUnit() {
        admin = admin();
        member = newUser("MEMBER");
        account = admin.createAccount("Unaware ");
        admin.put("/api/v1/accounts/" + account + "/team", "[" + Api.json("userId", member.id(), "role", "SERVICE") + "]");
        plant = admin.createUnit(account, "Plant", "SITE", null);
        long office = admin.createUnit(account, "Office", "SITE", null);
        heardRecently = admin.createContact(plant, "Hanna Recent");
        heardLongAgo = admin.createContact(plant, "Ole Longago");
        neverHeard = admin.createContact(plant, "Nils Never");
        long elsewhere = admin.createContact(office, "Otto Office");
        pumps = admin.createProduct("UP-");
        touch(heardRecently, LOSS.minusDays(90));       // exactly the cadence before: still aware
        touch(heardLongAgo, LOSS.minusDays(91));
        touch(neverHeard, LOSS.plusDays(1));            // heard after the loss: too late
        touch(elsewhere, LOSS.minusDays(500));          // another unit: not part of this loss
        lost(plant, "UNAWARE_WE_OFFER_IT", LOSS, 1000);
        lost(plant, "PRICE", LOSS, 5000);               // another reason: not in the report
        lost(office, "UNAWARE_WE_OFFER_IT", LocalDate.of(2025, 1, 10), 700);   // before the period
    }

    private void touch(long contact, LocalDate date) {
        Api.Response r = admin.post("/api/v1/touchpoints", Api.json("contactIds", List.of(contact), "productIds",
                List.of(pumps), "date", date.toString(), "channel", "CALL"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private void lost(long unit, String reason, LocalDate closed, int value) {
        Api.Response r = admin.post("/api/v1/opportunities", Api.json("unitId", unit, "productId", pumps, "title",
                "Pumps", "stage", "LOST", "lossReason", reason, "competitor", "Acme", "closeDate", closed.toString(),
                "value", value));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    @Test
    void theReportCountsValuesAndNamesWhoHadNotHeard() {
        Api.Response r = member.api().get("/api/v1/reports/lost-unaware?from=2026-01-01&to=2026-12-31");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode report = r.json();

        assertThat(report.path("count").asLong()).isEqualTo(1);
        assertThat(report.path("value").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(report.path("byMonth").size()).isEqualTo(12);                          // every month, none skipped
        assertThat(report.path("byMonth").get(0).path("count").asLong()).isZero();           // 2026-01
        assertThat(report.path("byMonth").get(4).path("key").asString()).isEqualTo("2026-05");
        assertThat(report.path("byMonth").get(4).path("count").asLong()).isEqualTo(1);
        assertThat(report.path("byProduct").get(0).path("key").asString()).isEqualTo(String.valueOf(pumps));
        assertThat(report.path("byAccount").get(0).path("count").asLong()).isEqualTo(1);
        JsonNode loss = report.path("losses").get(0);
        assertThat(loss.path("closeDate").asString()).isEqualTo(LOSS.toString());
        assertThat(loss.path("cadenceDays").asInt()).isEqualTo(90);
        assertThat(loss.path("unawareContacts").values()).extracting(c -> c.path("contactId").asLong())
                .containsExactlyInAnyOrder(heardLongAgo, neverHeard);
        JsonNode ole = loss.path("unawareContacts").values().stream()
                .filter(c -> c.path("contactId").asLong() == heardLongAgo).findFirst().orElseThrow();
        assertThat(ole.path("lastExposedOn").asString()).isEqualTo(LOSS.minusDays(91).toString());

        JsonNode wider = member.api().get("/api/v1/reports/lost-unaware?from=2025-01-01&to=2026-12-31").json();
        assertThat(wider.path("count").asLong()).isEqualTo(2);
        assertThat(wider.path("value").decimalValue()).isEqualByComparingTo("1700.00");
        // Otto, the only person known in the office, had heard about the product nine days before that loss: the
        // reason is kept but disputed, and totalled apart
        assertThat(wider.path("disputedCount").asLong()).isEqualTo(1);
        assertThat(wider.path("disputedValue").decimalValue()).isEqualByComparingTo("700.00");
        assertThat(wider.path("losses").values()).extracting(l -> l.path("value").decimalValue().intValue() + ":"
                + l.path("disputed").asBoolean()).containsExactlyInAnyOrder("1000:false", "700:true");
        assertThat(report.path("disputedCount").asLong()).isZero();
    }

    @Test
    void aMemberOffTheTeamSeesNoneOfItAndBadDatesAreRefused() {
        TestUser stranger = newUser("MEMBER");
        assertThat(stranger.api().get("/api/v1/reports/lost-unaware?from=2025-01-01&to=2026-12-31").json()
                .path("count").asLong()).isZero();

        Api.Response bad = member.api().get("/api/v1/reports/lost-unaware?from=2026-12-31&to=2026-01-01");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("from");
        assertThat(member.api().get("/api/v1/reports/lost-unaware?from=yesterday").status()).isEqualTo(400);
    }

    @Test
    void theReportPageShowsTheLossAndItsPeople() {
        Api.Response page = member.api().get("/reports/lost-unaware?from=2026-01-01&to=2026-12-31");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Ole Longago").contains("Nils Never").doesNotContain("Hanna Recent");
    }
}
