package app.prism.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.PageSession;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Referrals page: every candidate behind "N more", pending asks shown and not offered again, an outcome asked for. */
class ReferralPagesIT extends IntegrationTest {

    private static long count(String body, String text) {
        return Pattern.compile(Pattern.quote(text)).matcher(body).results().count();
    }

    @Test
    void everyCandidateIsOfferedAPendingAskIsShownAndAGivenOneRecordsWhomWeMet() {
        Api admin = admin();
        long account = admin.createAccount("Referral Pages ");
        long group = admin.createUnit(account, "RP Holding", "GROUP", null);
        long east = admin.createUnit(account, "RP East", "SITE", group);
        long west = admin.createUnit(account, "RP West", "SITE", group);
        long product = admin.createProduct("RP-");
        admin.post("/api/v1/sales", Api.json("unitId", east, "productId", product, "date",
                LocalDate.now().minusDays(20).toString(), "amount", 5000));
        long first = 0;
        for (int i = 1; i <= 8; i++) {
            long id = admin.post("/api/v1/units/" + east + "/contacts", Api.json("name", "Supporter " + i,
                    "attitude", "SUPPORTER", "relationshipStrength", 3)).id();
            if (i == 1) first = id;
        }
        long met = admin.createContact(west, "Walter West");

        PageSession page = new PageSession(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
        String before = page.get("/accounts/" + account + "/referrals").body();
        // the best one on the row, the other seven behind "7 more", all of them askable
        assertThat(before).contains("7 more");
        assertThat(count(before, "for a referral to RP West\"")).isEqualTo(8);

        page.post("/referrals/ask", "referrerContactId", String.valueOf(first), "targetUnitId", String.valueOf(west));
        String after = page.get("/accounts/" + account + "/referrals").body();
        assertThat(after).contains("Asked Supporter 1 on ").contains("· pending").contains("Pending");
        assertThat(count(after, "Ask Supporter 1 for a referral to RP West\"")).isZero();
        assertThat(count(after, "for a referral to RP West\"")).isEqualTo(7);
        // the matrix side panel tells the same
        assertThat(page.get("/units/" + west + "/referral-candidates/panel").body()).contains("Asked Supporter 1 on ")
                .doesNotContain("Ask Supporter 1 for a referral");

        var referral = admin.get("/api/v1/referrals?accountId=" + account).json().path("items").get(0);
        assertThat(after).contains("Whom did they introduce us to?");
        page.post("/referrals/" + referral.path("id").asLong() + "/status", "status", "GIVEN", "version",
                referral.path("version").asString(), "outcomeContactId", String.valueOf(met), "note", "Met at the fair");
        var given = admin.get("/api/v1/referrals/" + referral.path("id").asLong()).json();
        assertThat(given.path("status").asString()).isEqualTo("GIVEN");
        assertThat(given.path("outcomeContactId").asLong()).isEqualTo(met);
        assertThat(given.path("note").asString()).isEqualTo("Met at the fair");
        assertThat(page.get("/accounts/" + account + "/referrals").body()).contains("met Walter West")
                .doesNotContain("Asked Supporter 1 on ");
    }
}
