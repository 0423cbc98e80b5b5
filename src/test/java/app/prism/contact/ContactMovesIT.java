package app.prism.contact;

import static app.prism.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ContactMovesIT extends IntegrationTest {

    private long sponsor(long unit, String role, Long ownerId) {
        Api.Response r = admin().post("/api/v1/units/" + unit + "/contacts", json("name", unique("Sponsor "), "title",
                "CIO", "email", "sponsor@customer.example", "phone", "+49 1", "buyingRole", role, "attitude",
                "SUPPORTER", "relationshipStrength", 3, "ownerUserIds", ownerId == null ? List.of() : List.of(ownerId)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private JsonNode openMoveOf(long accountId, long contactId) {
        for (JsonNode m : admin().get("/api/v1/contact-moves?status=OPEN&accountId=" + accountId).json().path("items")) {
            if (m.path("contactId").asLong() == contactId) return m;
        }
        return null;
    }

    @Test
    void aChampionWhoMovedToAKnownAccountBecomesASuggestedContactThereAndAcceptCreatesIt() {
        Api admin = admin();
        TestUser owner = newUser("MEMBER");
        long from = admin.createAccount("Old employer ");
        long fromUnit = admin.createUnit(from, "IT", "DEPARTMENT", null);
        long to = admin.createAccount("New employer ");
        admin.createUnit(to, "HQ", "COMPANY", null);
        long procurement = admin.createUnit(to, "Procurement", "DEPARTMENT", null);
        long champion = sponsor(fromUnit, "CHAMPION", owner.id());

        Api.Response left = admin.patch("/api/v1/contacts/" + champion, json("active", false, "movedToAccountId", to,
                "movedToTitle", "Head of Procurement"));

        assertThat(left.status()).as(left.toString()).isEqualTo(200);
        assertThat(left.json().path("active").asBoolean()).isFalse();
        assertThat(left.json().path("movedToAccountId").asLong()).isEqualTo(to);
        assertThat(left.json().path("movedToOrganisation").asString()).as("named after the account").startsWith("New employer ");
        JsonNode move = openMoveOf(from, champion);
        assertThat(move).isNotNull();
        assertThat(move.path("kind").asString()).isEqualTo("NEW_CONTACT");
        assertThat(move.path("targetAccountId").asLong()).isEqualTo(to);
        assertThat(move.path("status").asString()).isEqualTo("OPEN");

        Api.Response accepted = admin.post("/api/v1/contact-moves/" + move.path("id").asLong() + "/accept",
                json("unitId", procurement));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().path("status").asString()).isEqualTo("ACCEPTED");
        long created = accepted.json().path("createdContactId").asLong();
        JsonNode c = admin.get("/api/v1/contacts/" + created).json();
        assertThat(c.path("unitId").asLong()).isEqualTo(procurement);
        assertThat(c.path("accountId").asLong()).isEqualTo(to);
        assertThat(c.path("email").asString()).isEqualTo("sponsor@customer.example");
        assertThat(c.path("phone").asString()).isEqualTo("+49 1");
        assertThat(c.path("title").asString()).isEqualTo("Head of Procurement");
        assertThat(c.path("buyingRole").asString()).isEqualTo("UNKNOWN");
        assertThat(c.path("attitude").asString()).isEqualTo("SUPPORTER");
        assertThat(c.path("relationshipStrength").asInt()).isEqualTo(3);
        assertThat(c.path("ownerUserIds").get(0).asLong()).isEqualTo(owner.id());
        assertThat(c.path("note").asString()).startsWith("Moved from Old employer ");
        assertThat(admin.post("/api/v1/contact-moves/" + move.path("id").asLong() + "/accept", null).status())
                .as("accepted once").isEqualTo(409);
        assertThat(openMoveOf(from, champion)).isNull();
    }

    @Test
    void aDecisionMakerWhoMovedToAnUnknownOrganisationBecomesASuggestedAccount() {
        Api admin = admin();
        long from = admin.createAccount("Left from ");
        long unit = admin.createUnit(from, "Board", "COMPANY", null);
        long dm = sponsor(unit, "DECISION_MAKER", null);
        String organisation = unique("Brand New Org ");

        assertThat(admin.patch("/api/v1/contacts/" + dm, json("active", false, "movedToOrganisation", organisation))
                .status()).isEqualTo(200);
        JsonNode move = openMoveOf(from, dm);
        assertThat(move.path("kind").asString()).isEqualTo("NEW_ACCOUNT");
        assertThat(move.path("organisation").asString()).isEqualTo(organisation);

        Api.Response accepted = admin.post("/api/v1/contact-moves/" + move.path("id").asLong() + "/accept", null);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        long account = accepted.json().path("createdAccountId").asLong();
        assertThat(admin.get("/api/v1/accounts/" + account).json().path("name").asString()).isEqualTo(organisation);
        JsonNode person = admin.get("/api/v1/contacts/" + accepted.json().path("createdContactId").asLong()).json();
        assertThat(person.path("accountId").asLong()).isEqualTo(account);
        assertThat(person.path("active").asBoolean()).isTrue();
    }

    @Test
    void typingTheNameOfAKnownAccountSuggestsAContactThere() {
        Api admin = admin();
        long from = admin.createAccount("From ");
        long unit = admin.createUnit(from, "Unit", "COMPANY", null);
        long target = admin.createAccount("Target ");
        String targetName = admin.get("/api/v1/accounts/" + target).json().path("name").asString();
        long buyer = sponsor(unit, "ECONOMIC_BUYER", null);

        admin.patch("/api/v1/contacts/" + buyer, json("active", false, "movedToOrganisation", targetName.toUpperCase()));

        JsonNode move = openMoveOf(from, buyer);
        assertThat(move.path("kind").asString()).isEqualTo("NEW_CONTACT");
        assertThat(move.path("targetAccountId").asLong()).isEqualTo(target);
        assertThat(admin.post("/api/v1/contact-moves/" + move.path("id").asLong() + "/accept", null).status())
                .as("the account has no unit yet").isEqualTo(400);
    }

    @Test
    void dismissClosesTheSuggestion() {
        Api admin = admin();
        long from = admin.createAccount("Dismiss ");
        long unit = admin.createUnit(from, "Unit", "COMPANY", null);
        long champion = sponsor(unit, "CHAMPION", null);
        admin.patch("/api/v1/contacts/" + champion, json("active", false, "movedToOrganisation", unique("Org ")));
        long id = openMoveOf(from, champion).path("id").asLong();

        Api.Response dismissed = admin.post("/api/v1/contact-moves/" + id + "/dismiss", null);

        assertThat(dismissed.status()).isEqualTo(200);
        assertThat(dismissed.json().path("status").asString()).isEqualTo("DISMISSED");
        assertThat(openMoveOf(from, champion)).isNull();
        assertThat(admin.get("/api/v1/contact-moves?status=DISMISSED&accountId=" + from).json().path("total").asLong())
                .isEqualTo(1);
        assertThat(admin.post("/api/v1/contact-moves/" + id + "/accept", null).status()).isEqualTo(409);
    }

    @Test
    void onlyChampionsDecisionMakersAndEconomicBuyersProduceSuggestions() {
        Api admin = admin();
        long from = admin.createAccount("Roles ");
        long unit = admin.createUnit(from, "Unit", "COMPANY", null);
        for (String role : List.of("INFLUENCER", "USER", "GATEKEEPER", "UNKNOWN")) {
            long c = sponsor(unit, role, null);
            admin.patch("/api/v1/contacts/" + c, json("active", false, "movedToOrganisation", unique("Org ")));
        }
        assertThat(admin.get("/api/v1/contact-moves?accountId=" + from).json().path("total").asLong()).isZero();
        long stay = sponsor(unit, "CHAMPION", null);
        admin.patch("/api/v1/contacts/" + stay, json("active", false));
        assertThat(admin.get("/api/v1/contact-moves?accountId=" + from).json().path("total").asLong())
                .as("nowhere known: nothing to suggest").isZero();
    }

    @Test
    void movedToIsOnlyForSomeoneWhoLeftAndMustBeAVisibleAccount() {
        Api admin = admin();
        TestUser member = newUser("MEMBER");
        long account = member.api().post("/api/v1/accounts", json("name", unique("Mine "))).id();
        long unit = member.api().createUnit(account, "Unit", "COMPANY", null);
        long c = member.api().createContact(unit, "Someone");
        long hidden = admin.createAccount("Hidden ");

        assertThat(member.api().patch("/api/v1/contacts/" + c, json("movedToOrganisation", "X")).errorFields())
                .containsExactly("movedToOrganisation");
        assertThat(member.api().patch("/api/v1/contacts/" + c, json("active", false, "movedToAccountId", hidden))
                .errorFields()).containsExactly("movedToAccountId");
        assertThat(member.api().get("/api/v1/contact-moves").json().path("items").findValuesAsString("accountId"))
                .doesNotContain(String.valueOf(hidden));
    }

    @Test
    void theSponsorLeftAlertListsRecentSponsorsAndWhereTheyWent() {
        Api admin = admin();
        long account = admin.createAccount("Alert ");
        long unit = admin.createUnit(account, "Unit", "COMPANY", null);
        long champion = sponsor(unit, "CHAMPION", null);
        long user = sponsor(unit, "USER", null);
        admin.patch("/api/v1/contacts/" + champion, json("active", false, "movedToOrganisation", "Globex Ltd",
                "movedToTitle", "COO"));
        admin.patch("/api/v1/contacts/" + user, json("active", false));

        Api.Response fragment = admin.get("/accounts/" + account + "/sponsor-left");

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).contains("Sponsor left").contains("id=\"sponsor-left-" + champion + "\"")
                .contains("moved to Globex Ltd as COO").contains("Create account Globex Ltd with them")
                .doesNotContain("sponsor-left-" + user + "\"");
    }
}
