package app.prism.contact;

import static app.prism.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RelationshipMapIT extends IntegrationTest {

    private long contact(long unit, Object... fields) {
        Object[] all = new Object[fields.length + 2];
        all[0] = "name";
        all[1] = unique("Person ");
        System.arraycopy(fields, 0, all, 2, fields.length);
        Api.Response r = admin().post("/api/v1/units/" + unit + "/contacts", json(all));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private static JsonNode unit(JsonNode map, long id) {
        for (JsonNode u : map.path("units")) if (u.path("id").asLong() == id) return u;
        throw new AssertionError("unit " + id + " not on the map: " + map);
    }

    private static List<String> unitNames(JsonNode map) {
        List<String> out = new ArrayList<>();
        for (JsonNode u : map.path("units")) out.add(u.path("name").asString());
        return out;
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> out = new ArrayList<>();
        for (JsonNode n : array) out.add(n.asLong());
        return out;
    }

    @Test
    void theMapHoldsUnitsInTreeOrderWithTheirActivePeopleOwnersAndReportingLines() {
        Api admin = admin();
        TestUser owner = newUser("MEMBER");
        long account = admin.createAccount("Map ");
        long group = admin.createUnit(account, "Group", "GROUP", null);
        long plant = admin.createUnit(account, "Plant", "SITE", group);
        long ceo = contact(group, "buyingRole", "ECONOMIC_BUYER", "attitude", "SUPPORTER", "relationshipStrength", 3,
                "title", "CEO", "ownerUserIds", List.of(owner.id()));
        long manager = contact(plant, "buyingRole", "USER", "reportsToId", ceo, "attitude", "DETRACTOR");
        long left = contact(plant, "buyingRole", "DECISION_MAKER");
        assertThat(admin.patch("/api/v1/contacts/" + left, json("active", false)).status()).isEqualTo(200);

        Api.Response r = admin.get("/api/v1/accounts/" + account + "/relationship-map");

        assertThat(r.status()).isEqualTo(200);
        JsonNode map = r.json();
        assertThat(map.path("accountId").asLong()).isEqualTo(account);
        assertThat(unitNames(map)).containsExactly("Group", "Plant");
        JsonNode top = unit(map, group);
        assertThat(top.path("level").asInt()).isEqualTo(1);
        assertThat(top.path("decisionMakerKnown").asBoolean()).isTrue();
        JsonNode boss = top.path("people").get(0);
        assertThat(boss.path("id").asLong()).isEqualTo(ceo);
        assertThat(boss.path("title").asString()).isEqualTo("CEO");
        assertThat(boss.path("buyingRole").asString()).isEqualTo("ECONOMIC_BUYER");
        assertThat(boss.path("attitude").asString()).isEqualTo("SUPPORTER");
        assertThat(boss.path("relationshipStrength").asInt()).isEqualTo(3);
        assertThat(boss.path("owners").get(0).path("userId").asLong()).isEqualTo(owner.id());
        assertThat(boss.path("owners").get(0).path("name").asString()).isNotBlank();
        JsonNode site = unit(map, plant);
        assertThat(site.path("parentId").asLong()).isEqualTo(group);
        assertThat(site.path("level").asInt()).isEqualTo(2);
        assertThat(site.path("people").findValuesAsString("buyingRole")).as("who left is not on the map")
                .containsExactly("USER");
        JsonNode line = map.path("reportingLines").get(0);
        assertThat(line.path("contactId").asLong()).isEqualTo(manager);
        assertThat(line.path("reportsToId").asLong()).isEqualTo(ceo);
    }

    @Test
    void aUnitWithoutAnActiveDecisionMakerOrEconomicBuyerIsAGap() {
        Api admin = admin();
        long account = admin.createAccount("Seats ");
        long decided = admin.createUnit(account, "Decided", "COMPANY", null);
        long empty = admin.createUnit(account, "Nobody known", "DIVISION", decided);
        long influenced = admin.createUnit(account, "Only influencers", "DIVISION", decided);
        contact(decided, "buyingRole", "DECISION_MAKER");
        contact(influenced, "buyingRole", "INFLUENCER");
        contact(influenced, "buyingRole", "CHAMPION");

        JsonNode map = admin.get("/api/v1/accounts/" + account + "/relationship-map").json();

        assertThat(longs(map.path("seatsWithoutDecisionMaker"))).containsExactlyInAnyOrder(empty, influenced);
        assertThat(unit(map, empty).path("decisionMakerKnown").asBoolean()).isFalse();
        assertThat(unit(map, decided).path("decisionMakerKnown").asBoolean()).isTrue();
    }

    @Test
    void oneUnitShowsItsSubtreeOnly() {
        Api admin = admin();
        long account = admin.createAccount("Subtree ");
        long root = admin.createUnit(account, "Root", "GROUP", null);
        long division = admin.createUnit(account, "Division", "DIVISION", root);
        long site = admin.createUnit(account, "Site", "SITE", division);
        admin.createUnit(account, "Elsewhere", "SITE", root);

        JsonNode map = admin.get("/api/v1/accounts/" + account + "/relationship-map?unitId=" + division).json();

        assertThat(unitNames(map)).containsExactly("Division", "Site");
        assertThat(unit(map, division).path("level").asInt()).isEqualTo(1);
        assertThat(unit(map, division).path("parentId").isNull()).isTrue();
        assertThat(unit(map, site).path("level").asInt()).isEqualTo(2);
        assertThat(admin.get("/api/v1/accounts/" + account + "/relationship-map?unitId=" + admin.createUnit(
                admin.createAccount("Other "), "X", "SITE", null)).status()).isEqualTo(400);
    }

    @Test
    void theSvgExportEscapesTextAndDrawsTheGap() {
        Api admin = admin();
        long account = admin.createAccount("Svg <&> ");
        long unit = admin.createUnit(account, "R&D <Lab>", "DEPARTMENT", null);
        contact(unit, "name", "Eve \"<script>\" O'Neil", "buyingRole", "USER");

        Api.Download svg = admin.getBytes("/accounts/" + account + "/people/map.svg");

        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        String text = new String(svg.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("R&amp;D &lt;Lab&gt;").contains("Eve &quot;&lt;script&gt;&quot; O&apos;Neil")
                .contains("No decision maker known here").doesNotContain("<script>").doesNotContain("<Lab>");
    }

    @Test
    void aMemberOffTheTeamGets404AndOnTheTeamSeesTheMap() {
        Api admin = admin();
        TestUser member = newUser("MEMBER");
        long account = admin.createAccount("Hidden map ");
        admin.createUnit(account, "Unit", "COMPANY", null);

        assertThat(member.api().get("/api/v1/accounts/" + account + "/relationship-map").status()).isEqualTo(404);
        assertThat(member.api().getBytes("/accounts/" + account + "/people/map.svg").status()).isEqualTo(404);
        assertThat(member.api().get("/accounts/" + account + "/people/map").status()).isEqualTo(404);

        admin.put("/api/v1/accounts/" + account + "/team", Api.toJson(List.of(java.util.Map.of("userId", member.id(),
                "role", "ACCOUNT_MANAGER"))));
        assertThat(member.api().get("/api/v1/accounts/" + account + "/relationship-map").status()).isEqualTo(200);
    }

    @Test
    void aBigOrganisationOpensAtItsTopUnitsAndStillListsEveryone() {
        Api admin = admin();
        long account = admin.createAccount("Big ");
        long root = admin.createUnit(account, "Big Group", "GROUP", null);
        List<Long> divisions = new ArrayList<>();
        for (int d = 0; d < 4; d++) divisions.add(admin.createUnit(account, "Division " + d, "DIVISION", root));
        for (int i = 0; i < 125; i++) admin.createContact(divisions.get(i % 4), "Person " + i);

        long started = System.nanoTime();
        Api.Response page = admin.get("/accounts/" + account + "/people/map");
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<details class=\"map-unit\" id=\"map-unit-" + root + "\" open")
                .contains("<details class=\"map-unit\" id=\"map-unit-" + divisions.get(0) + "\">")
                .contains("Person 124");
        assertThat(millis).as("the page of 125 people renders quickly").isLessThan(5_000);
        assertThat(admin.get("/api/v1/accounts/" + account + "/relationship-map").json().path("units").size())
                .isEqualTo(5);
    }
}
