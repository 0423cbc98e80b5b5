package app.prism.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TouchpointsIT extends IntegrationTest {

    private Api admin;
    private long account;
    private long unit;
    private long anna;
    private long ben;
    private long pumps;
    private long valves;

    @BeforeEach
    void accountWithPeopleAndProducts() {
        admin = admin();
        account = admin.createAccount("Touch ");
        unit = admin.createUnit(account, "Plant", "SITE", null);
        anna = admin.createContact(unit, "Anna Berg");
        ben = admin.createContact(unit, "Ben Ito");
        pumps = admin.createProduct("TP-");
        valves = admin.createProduct("TV-");
    }

    private Api.Response log(Api as, List<Long> contacts, List<Long> products, String date, String channel) {
        return as.post("/api/v1/touchpoints", Api.json("contactIds", contacts, "productIds", products, "date", date,
                "channel", channel, "note", "Showed the new range"));
    }

    @Test
    void aTouchpointIsLoggedReadAndListedByAccountContactAndProduct() {
        Api.Response r = log(admin, List.of(anna, ben), List.of(pumps, valves), "2026-01-15", "MEETING");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith("/api/v1/touchpoints/" + r.id());
        JsonNode t = admin.get("/api/v1/touchpoints/" + r.id()).json();
        assertThat(t.path("accountId").asLong()).isEqualTo(account);
        assertThat(t.path("date").asString()).isEqualTo("2026-01-15");
        assertThat(t.path("channel").asString()).isEqualTo("MEETING");
        assertThat(t.path("note").asString()).isEqualTo("Showed the new range");
        assertThat(t.path("contactIds").values()).extracting(JsonNode::asLong).containsExactly(anna, ben);
        assertThat(t.path("productIds").values()).extracting(JsonNode::asLong).containsExactly(pumps, valves);
        assertThat(t.path("userName").asString()).isNotBlank();

        assertThat(total("/api/v1/touchpoints?accountId=" + account)).isEqualTo(1);
        assertThat(total("/api/v1/touchpoints?contactId=" + ben)).isEqualTo(1);
        assertThat(total("/api/v1/touchpoints?productId=" + valves)).isEqualTo(1);
        assertThat(total("/api/v1/touchpoints?unitId=" + unit)).isEqualTo(1);
        assertThat(total("/api/v1/touchpoints?accountId=" + account + "&from=2026-01-16")).isZero();
        assertThat(total("/api/v1/touchpoints?accountId=" + account + "&to=2026-01-15")).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithTheFieldsAndStoresNothing() {
        long otherAccount = admin.createAccount("Other ");
        long stranger = admin.createContact(admin.createUnit(otherAccount, "HQ", "COMPANY", null), "Stranger");

        assertThat(log(admin, List.of(), List.of(pumps), "2026-01-15", "CALL").errorFields()).containsExactly("contactIds");
        assertThat(log(admin, List.of(anna), List.of(), "2026-01-15", "CALL").errorFields()).containsExactly("productIds");
        assertThat(log(admin, List.of(anna, 999_999_999L), List.of(pumps), "2026-01-15", "CALL").errorFields())
                .containsExactly("contactIds");
        assertThat(log(admin, List.of(anna, stranger), List.of(pumps), "2026-01-15", "CALL").errorMessage("contactIds"))
                .contains("one account");
        assertThat(log(admin, List.of(anna), List.of(pumps, 999_999_999L), "2026-01-15", "CALL").errorFields())
                .containsExactly("productIds");
        assertThat(log(admin, List.of(anna), List.of(pumps), null, "CALL").errorFields()).containsExactly("date");
        assertThat(log(admin, List.of(anna), List.of(pumps), "2026-02-30", "CALL").status()).isEqualTo(400);
        assertThat(log(admin, List.of(anna), List.of(pumps), "2026-01-15", "CARRIER_PIGEON").status()).isEqualTo(400);
        Api.Response noChannel = admin.post("/api/v1/touchpoints", Api.json("contactIds", List.of(anna), "productIds",
                List.of(pumps), "date", "2026-01-15"));
        assertThat(noChannel.errorFields()).containsExactly("channel");
        assertThat(noChannel.contentType()).startsWith("application/problem+json");

        assertThat(total("/api/v1/touchpoints?accountId=" + account)).isZero();
    }

    @Test
    void theAuthorAndManagersChangeATouchpointOtherTeamMembersDoNot() {
        TestUser author = newUser("MEMBER");
        TestUser colleague = newUser("MEMBER");
        TestUser manager = newUser("MANAGER");
        admin.put("/api/v1/accounts/" + account + "/team", "[" + Api.json("userId", author.id(), "role",
                "ACCOUNT_MANAGER") + "," + Api.json("userId", colleague.id(), "role", "SERVICE") + "]");
        long id = log(author.api(), List.of(anna), List.of(pumps), "2026-03-01", "CALL").id();

        Api.Response byColleague = colleague.api().patch("/api/v1/touchpoints/" + id, Api.json("note", "mine now"));
        assertThat(byColleague.status()).isEqualTo(403);
        assertThat(colleague.api().delete("/api/v1/touchpoints/" + id).status()).isEqualTo(403);

        Api.Response byAuthor = author.api().patch("/api/v1/touchpoints/" + id,
                Api.json("productIds", List.of(pumps, valves), "channel", "DEMO", "version", 0));
        assertThat(byAuthor.status()).as(byAuthor.toString()).isEqualTo(200);
        assertThat(byAuthor.json().path("channel").asString()).isEqualTo("DEMO");
        assertThat(byAuthor.json().path("productIds").size()).isEqualTo(2);
        assertThat(byAuthor.json().path("note").asString()).isEqualTo("Showed the new range");

        Api.Response stale = manager.api().patch("/api/v1/touchpoints/" + id, Api.json("note", "late", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        Api.Response byManager = manager.api().patch("/api/v1/touchpoints/" + id, Api.json("note", "checked", "version", 1));
        assertThat(byManager.status()).as(byManager.toString()).isEqualTo(200);

        assertThat(manager.api().delete("/api/v1/touchpoints/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/touchpoints/" + id).status()).isEqualTo(404);
    }

    @Test
    void contactsMayNotBeMovedToAnotherAccountByAnEdit() {
        long otherAccount = admin.createAccount("Elsewhere ");
        long stranger = admin.createContact(admin.createUnit(otherAccount, "HQ", "COMPANY", null), "Stranger");
        long id = log(admin, List.of(anna), List.of(pumps), "2026-03-01", "CALL").id();

        Api.Response r = admin.patch("/api/v1/touchpoints/" + id, Api.json("contactIds", List.of(stranger)));

        assertThat(r.errorFields()).containsExactly("contactIds");
        assertThat(admin.get("/api/v1/touchpoints/" + id).json().path("contactIds").get(0).asLong()).isEqualTo(anna);
    }

    @Test
    void aMemberOffTheTeamSeesNoTouchpointAndCannotLogOne() {
        long id = log(admin, List.of(anna), List.of(pumps), "2026-03-01", "CALL").id();
        TestUser member = newUser("MEMBER");

        assertThat(member.api().get("/api/v1/touchpoints/" + id).status()).isEqualTo(404);
        assertThat(member.api().get("/api/v1/touchpoints?accountId=" + account).status()).isEqualTo(404);
        assertThat(member.api().get("/api/v1/touchpoints").json().path("items").findValuesAsString("id")).isEmpty();
        assertThat(log(member.api(), List.of(anna), List.of(pumps), "2026-03-01", "CALL").errorFields())
                .containsExactly("contactIds");
        assertThat(member.api().patch("/api/v1/touchpoints/" + id, Api.json("note", "x")).status()).isEqualTo(404);
    }

    @Test
    void aContactWhoHeardAboutUsIsNotDeletedButMayBeMadeInactive() {
        log(admin, List.of(anna), List.of(pumps), "2026-03-01", "CALL");

        Api.Response r = admin.delete("/api/v1/contacts/" + anna);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("detail").asString()).contains("touchpoint");
        assertThat(admin.delete("/api/v1/contacts/" + ben).status()).isEqualTo(204);
    }

    private long total(String path) {
        Api.Response r = admin.get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().path("total").asLong();
    }
}
