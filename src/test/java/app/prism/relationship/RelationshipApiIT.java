package app.prism.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Risks, referrals, testimonials and referral candidates through the API, with the MEMBER visibility rule. */
class RelationshipApiIT extends IntegrationTest {

    private Api admin;
    private long account;
    private long group;
    private long plantA;      // buying
    private long plantB;     // not buying: the referral target
    private long pumps;
    private long champion;   // in plant A
    private long buyer;      // in plant B

    @BeforeEach
    void anAccount() {
        admin = admin();
        account = admin.createAccount("Relations ");
        group = admin.createUnit(account, "Group", "GROUP", null);
        plantA = admin.createUnit(account, "Plant A", "SITE", group);
        plantB = admin.createUnit(account, "Plant B", "SITE", group);
        pumps = admin.createProduct("RP-");
        champion = contact(plantA, "Clara Champion", "CHAMPION", "SUPPORTER", 3);
        buyer = contact(plantB, "Boris Buyer", "ECONOMIC_BUYER", "DETRACTOR", 1);
        Api.Response sale = admin.post("/api/v1/sales", Api.json("unitId", plantA, "productId", pumps, "date",
                LocalDate.now().minusDays(30).toString(), "amount", 12000));
        assertThat(sale.status()).as(sale.toString()).isIn(200, 201);
    }

    private long contact(long unit, String name, String role, String attitude, int strength) {
        Api.Response r = admin.post("/api/v1/units/" + unit + "/contacts", Api.json("name", name, "buyingRole", role,
                "attitude", attitude, "relationshipStrength", strength));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private List<String> flags(long unit) {
        Api.Response r = admin.get("/api/v1/accounts/" + account + "/risks");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().values().stream().filter(x -> x.path("unitId").asLong() == unit)
                .map(x -> x.path("flag").asString()).toList();
    }

    @Test
    void risksFollowTheRulesOnRealData() {
        assertThat(flags(plantA)).containsExactly("SINGLE_THREADED", "NO_DECISION_MAKER", "GONE_QUIET");
        assertThat(flags(plantB)).containsExactly("DETRACTOR_IN_POWER", "GONE_QUIET");
        assertThat(flags(group)).isEmpty();

        Api.Response touch = admin.post("/api/v1/touchpoints", Api.json("contactIds", List.of(champion), "productIds",
                List.of(pumps), "date", LocalDate.now().minusDays(180).toString(), "channel", "MEETING"));
        assertThat(touch.status()).isEqualTo(201);
        contact(plantA, "Dora Decider", "DECISION_MAKER", "NEUTRAL", 2);

        assertThat(flags(plantA)).isEmpty();
        JsonNode risk = admin.get("/api/v1/accounts/" + account + "/risks").json().get(0);
        assertThat(risk.path("reason").asString()).isNotBlank();
        assertThat(admin.get("/api/v1/risks").json().values().stream()
                .anyMatch(r -> r.path("unitId").asLong() == plantB)).isTrue();
    }

    @Test
    void referralCandidatesForAUnitWeDoNotSellToAndAnAskRecorded() {
        JsonNode candidates = admin.get("/api/v1/units/" + plantB + "/referral-candidates").json();
        assertThat(candidates.size()).isEqualTo(1);
        assertThat(candidates.get(0).path("contactId").asLong()).isEqualTo(champion);
        assertThat(candidates.get(0).path("unitId").asLong()).isEqualTo(plantA);
        assertThat(candidates.get(0).path("reason").asString()).contains("sibling");
        assertThat(admin.get("/api/v1/units/" + plantA + "/referral-candidates").json().size()).isZero();

        Api.Response asked = admin.post("/api/v1/referrals", Api.json("referrerContactId", champion, "targetUnitId",
                plantB, "targetName", "the plant manager"));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.json().path("status").asString()).isEqualTo("ASKED");
        assertThat(asked.json().path("askedOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(asked.json().path("accountId").asLong()).isEqualTo(account);

        Api.Response opp = admin.post("/api/v1/opportunities", Api.json("unitId", plantB, "productId", pumps, "title",
                "Pumps for Plant B"));
        Api.Response given = admin.patch("/api/v1/referrals/" + asked.id(), Api.json("status", "GIVEN",
                "outcomeContactId", buyer, "outcomeOpportunityId", opp.id(), "version", 0));
        assertThat(given.status()).as(given.toString()).isEqualTo(200);
        assertThat(given.json().path("answeredOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(given.json().path("outcomeOpportunityId").asLong()).isEqualTo(opp.id());

        Api.Response back = admin.patch("/api/v1/referrals/" + asked.id(), Api.json("status", "ASKED"));
        assertThat(back.status()).isEqualTo(409);
        assertThat(admin.patch("/api/v1/referrals/" + asked.id(), Api.json("status", "DECLINED")).status()).isEqualTo(409);
        assertThat(admin.patch("/api/v1/referrals/" + asked.id(), Api.json("note", "x", "version", 0)).status())
                .isEqualTo(409);
        assertThat(admin.get("/api/v1/referrals?referrerContactId=" + champion).json().path("total").asLong()).isEqualTo(1);
        assertThat(admin.get("/api/v1/referrals?accountId=" + account + "&status=GIVEN").json().path("total").asLong())
                .isEqualTo(1);
        assertThat(admin.delete("/api/v1/contacts/" + champion).status()).isEqualTo(409);
    }

    @Test
    void referralBadInputIsRefused() {
        long other = admin.createAccount("Elsewhere ");
        long foreignUnit = admin.createUnit(other, "Foreign", "SITE", null);

        assertThat(admin.post("/api/v1/referrals", Api.json("referrerContactId", 999_999_999L, "targetUnitId", plantB))
                .errorFields()).containsExactly("referrerContactId");
        assertThat(admin.post("/api/v1/referrals", Api.json("referrerContactId", champion)).errorFields())
                .containsExactly("targetUnitId");
        assertThat(admin.post("/api/v1/referrals", Api.json("referrerContactId", champion, "targetUnitId", foreignUnit))
                .errorFields()).containsExactly("targetUnitId");
        assertThat(admin.post("/api/v1/referrals", Api.json("referrerContactId", champion, "targetUnitId", plantB,
                "outcomeContactId", buyer)).errorFields()).containsExactly("status");
        assertThat(admin.post("/api/v1/referrals", Api.json("referrerContactId", champion, "targetUnitId", plantB,
                "askedOn", LocalDate.now().plusDays(3).toString())).errorFields()).containsExactly("askedOn");
        assertThat(admin.post("/api/v1/referrals", Api.json("referrerContactId", champion, "targetUnitId", plantB,
                "status", "MAYBE")).status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/referrals?accountId=" + account).json().path("total").asLong()).isZero();
    }

    @Test
    void testimonialsAreAskedGivenAndFoundInTheLibrary() {
        Api.Response asked = admin.post("/api/v1/testimonials", Api.json("contactId", champion, "productIds",
                List.of(pumps)));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.json().path("status").asString()).isEqualTo("ASKED");

        Api.Response noText = admin.patch("/api/v1/testimonials/" + asked.id(), Api.json("status", "GIVEN"));
        assertThat(noText.errorFields()).containsExactlyInAnyOrder("permittedUse", "text");
        String quote = "Since the new pumps our line " + Api.unique("never") + " stops.";
        Api.Response given = admin.patch("/api/v1/testimonials/" + asked.id(), Api.json("status", "GIVEN", "text", quote,
                "permittedUse", "NAMED_PUBLIC"));
        assertThat(given.status()).as(given.toString()).isEqualTo(200);
        assertThat(given.json().path("givenOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(admin.patch("/api/v1/testimonials/" + asked.id(), Api.json("status", "ASKED")).status()).isEqualTo(409);

        JsonNode library = admin.get("/api/v1/testimonials?productId=" + pumps + "&permittedUse=NAMED_PUBLIC&status=GIVEN")
                .json();
        assertThat(library.path("total").asLong()).isEqualTo(1);
        assertThat(library.path("items").get(0).path("text").asString()).isEqualTo(quote);
        assertThat(admin.get("/api/v1/testimonials?q=" + Api.encode(quote.substring(20, 40))).json().path("total").asLong())
                .isEqualTo(1);
        assertThat(admin.get("/api/v1/testimonials?productId=" + pumps + "&permittedUse=INTERNAL").json().path("total")
                .asLong()).isZero();

        assertThat(admin.post("/api/v1/testimonials", Api.json("contactId", 999_999_999L)).errorFields())
                .containsExactly("contactId");
        assertThat(admin.post("/api/v1/testimonials", Api.json("contactId", champion, "productIds", List.of(999_999_999L)))
                .errorFields()).containsExactly("productIds");
        assertThat(admin.post("/api/v1/testimonials", Api.json("contactId", champion, "permittedUse", "EVERYWHERE"))
                .status()).isEqualTo(400);
    }

    @Test
    void aMemberOffTheTeamSeesNothingOfItAndOnTheTeamSeesIt() {
        long referral = admin.post("/api/v1/referrals", Api.json("referrerContactId", champion, "targetUnitId", plantB)).id();
        long testimonial = admin.post("/api/v1/testimonials", Api.json("contactId", champion)).id();
        TestUser member = newUser("MEMBER");
        Api m = member.api();

        assertThat(m.get("/api/v1/accounts/" + account + "/risks").status()).isEqualTo(404);
        assertThat(m.get("/api/v1/units/" + plantB + "/referral-candidates").status()).isEqualTo(404);
        assertThat(m.get("/api/v1/referrals/" + referral).status()).isEqualTo(404);
        assertThat(m.get("/api/v1/testimonials/" + testimonial).status()).isEqualTo(404);
        assertThat(m.patch("/api/v1/referrals/" + referral, Api.json("note", "x")).status()).isEqualTo(404);
        assertThat(m.get("/api/v1/referrals").json().path("total").asLong()).isZero();
        assertThat(m.get("/api/v1/testimonials").json().path("total").asLong()).isZero();
        assertThat(m.get("/api/v1/risks").json().size()).isZero();
        assertThat(m.post("/api/v1/referrals", Api.json("referrerContactId", champion, "targetUnitId", plantB))
                .errorFields()).containsExactly("referrerContactId");

        admin.put("/api/v1/accounts/" + account + "/team", "[" + Api.json("userId", member.id(), "role", "SERVICE") + "]");
        assertThat(m.get("/api/v1/referrals/" + referral).status()).isEqualTo(200);
        assertThat(m.get("/api/v1/referrals").json().path("total").asLong()).isEqualTo(1);
        assertThat(m.get("/api/v1/accounts/" + account + "/risks").status()).isEqualTo(200);
    }

    @Test
    void aPersonsTestimonialsAndSurveyAnswersAreInTheirDataAndTheirWordsGoWhenErased() {
        long t = admin.post("/api/v1/testimonials", Api.json("contactId", champion, "status", "GIVEN", "text",
                "Clara's own words", "permittedUse", "INTERNAL")).id();
        admin.post("/api/v1/survey-answers", Api.json("contactId", champion, "date", LocalDate.now().toString(), "score",
                9, "comment", "Clara's comment"));

        Api.Response data = admin.get("/api/v1/contacts/" + champion + "/personal-data");
        assertThat(data.status()).as(data.toString()).isEqualTo(200);
        assertThat(data.body()).contains("Clara's own words").contains("Clara's comment");

        assertThat(admin.post("/api/v1/contacts/" + champion + "/erase", "{}").status()).isIn(200, 204);
        assertThat(admin.get("/api/v1/testimonials/" + t).json().path("text").isNull()).isTrue();
        assertThat(admin.get("/api/v1/survey-answers?contactId=" + champion).json().path("items").get(0)
                .path("comment").isNull()).isTrue();
        assertThat(admin.get("/api/v1/survey-answers?contactId=" + champion).json().path("items").get(0)
                .path("score").asInt()).isEqualTo(9);
    }
}
