package app.prism.account;

import static app.prism.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UnitsApiIT extends IntegrationTest {

    private Api.Response tree(long accountId) {
        Api.Response r = admin().get("/api/v1/accounts/" + accountId + "/units");
        assertThat(r.status()).isEqualTo(200);
        return r;
    }

    private static List<String> names(JsonNode nodes) {
        List<String> names = new ArrayList<>();
        for (JsonNode n : nodes) names.add(n.path("name").asString());
        return names;
    }

    private static JsonNode child(JsonNode node, String name) {
        for (JsonNode c : node.path("children")) if (c.path("name").asString().equals(name)) return c;
        throw new AssertionError("no child " + name + " in " + node);
    }

    @Test
    void createsARootUnitWith201AndLocation() {
        long account = admin().createAccount("Units ");

        Api.Response r = admin().post("/api/v1/accounts/" + account + "/units",
                json("name", " Group HQ ", "kind", "GROUP", "country", "us", "city", "Chicago", "externalId", "X-1"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith("/api/v1/units/" + r.id());
        assertThat(r.json().path("accountId").asLong()).isEqualTo(account);
        assertThat(r.json().path("parentId").isNull()).isTrue();
        assertThat(r.json().path("name").asString()).isEqualTo("Group HQ");
        assertThat(r.json().path("kind").asString()).isEqualTo("GROUP");
        assertThat(r.json().path("country").asString()).isEqualTo("US");
        assertThat(r.json().path("city").asString()).isEqualTo("Chicago");
        assertThat(r.json().path("depth").asInt()).isEqualTo(1);
        Api.Response read = admin().get(r.header("Location"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(admin().get("/api/v1/accounts/" + account).json().path("unitCount").asLong()).isEqualTo(1);
    }

    @Test
    void theTreeNestsChildrenUnderTheirParentWithDepth() {
        long account = admin().createAccount("Tree ");
        long group = admin().createUnit(account, "Group", "GROUP", null);
        long beta = admin().createUnit(account, "Beta GmbH", "COMPANY", group);
        admin().createUnit(account, "Alpha Ltd", "COMPANY", group);
        long site = admin().createUnit(account, "Plant Berlin", "SITE", beta);
        admin().createUnit(account, "Another Root", "OTHER", null);

        JsonNode roots = tree(account).json();

        assertThat(names(roots)).containsExactly("Another Root", "Group");
        JsonNode g = roots.get(1);
        assertThat(g.path("depth").asInt()).isEqualTo(1);
        assertThat(g.path("id").asLong()).isEqualTo(group);
        assertThat(names(g.path("children"))).as("siblings by name").containsExactly("Alpha Ltd", "Beta GmbH");
        JsonNode b = child(g, "Beta GmbH");
        assertThat(b.path("depth").asInt()).isEqualTo(2);
        assertThat(b.path("parentId").asLong()).isEqualTo(group);
        JsonNode plant = child(b, "Plant Berlin");
        assertThat(plant.path("id").asLong()).isEqualTo(site);
        assertThat(plant.path("depth").asInt()).isEqualTo(3);
        assertThat(plant.path("kind").asString()).isEqualTo("SITE");
        assertThat(plant.path("children").size()).isZero();
        assertThat(admin().get("/api/v1/units/" + site).json().path("depth").asInt()).isEqualTo(3);
    }

    @Test
    void anEmptyAccountHasAnEmptyTree() {
        assertThat(tree(admin().createAccount("Bare ")).json().size()).isZero();
    }

    @Test
    void invalidUnitsAreRejectedNamingTheField() {
        String units = "/api/v1/accounts/" + admin().createAccount("Invalid units ") + "/units";

        assertThat(admin().post(units, json("name", "", "kind", "SITE")).errorFields()).containsExactly("name");
        assertThat(admin().post(units, json("name", "No kind")).errorFields()).containsExactly("kind");
        Api.Response badKind = admin().post(units, json("name", "Bad kind", "kind", "PLANET"));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.errorFields()).containsExactly("kind");
        assertThat(admin().post(units, json("name", "Bad country", "kind", "SITE", "country", "XX")).errorFields())
                .containsExactly("country");
        assertThat(admin().post(units, json("name", "Bad parent", "kind", "SITE", "parentId", "abc")).errorFields())
                .containsExactly("parentId");
        assertThat(admin().post(units, "{\"name\":").status()).isEqualTo(400);
        assertThat(admin().post(units, "name=x", Map.of("Content-Type", "text/plain")).status()).isEqualTo(415);
    }

    @Test
    void aParentFromAnotherAccountIsRejected() {
        long other = admin().createAccount("Other ");
        long foreign = admin().createUnit(other, "Foreign", "GROUP", null);
        long account = admin().createAccount("Mine ");

        Api.Response r = admin().post("/api/v1/accounts/" + account + "/units",
                json("name", "Child", "kind", "SITE", "parentId", foreign));
        Api.Response unknown = admin().post("/api/v1/accounts/" + account + "/units",
                json("name", "Child", "kind", "SITE", "parentId", 987654321));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("parentId");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("parentId");
        assertThat(tree(account).json().size()).isZero();
    }

    @Test
    void movingAUnitTakesItsWholeSubtreeAlong() {
        long account = admin().createAccount("Move ");
        long a = admin().createUnit(account, "A", "GROUP", null);
        long b = admin().createUnit(account, "B", "COMPANY", a);
        long c = admin().createUnit(account, "C", "SITE", b);
        long d = admin().createUnit(account, "D", "GROUP", null);

        Api.Response r = admin().patch("/api/v1/units/" + b, json("parentId", d));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("parentId").asLong()).isEqualTo(d);
        assertThat(r.json().path("depth").asInt()).isEqualTo(2);
        assertThat(r.json().path("name").asString()).as("name kept").isEqualTo("B");
        JsonNode roots = tree(account).json();
        assertThat(names(roots)).containsExactly("A", "D");
        assertThat(roots.get(0).path("children").size()).isZero();
        JsonNode movedC = child(child(roots.get(1), "B"), "C");
        assertThat(movedC.path("id").asLong()).isEqualTo(c);
        assertThat(movedC.path("depth").asInt()).isEqualTo(3);
        assertThat(admin().get("/api/v1/units/" + c).json().path("parentId").asLong()).isEqualTo(b);
    }

    @Test
    void aUnitBecomesARootWhenItsParentIsCleared() {
        long account = admin().createAccount("Uproot ");
        long a = admin().createUnit(account, "A", "GROUP", null);
        long b = admin().createUnit(account, "B", "COMPANY", a);
        admin().createUnit(account, "C", "SITE", b);

        Api.Response r = admin().patch("/api/v1/units/" + b, json("parentId", null));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("parentId").isNull()).isTrue();
        assertThat(r.json().path("depth").asInt()).isEqualTo(1);
        JsonNode roots = tree(account).json();
        assertThat(names(roots)).containsExactly("A", "B");
        assertThat(child(roots.get(1), "C").path("depth").asInt()).isEqualTo(2);
    }

    @Test
    void movingAUnitUnderItsOwnDescendantIsA400OnParentId() {
        long account = admin().createAccount("Cycle ");
        long a = admin().createUnit(account, "A", "GROUP", null);
        long b = admin().createUnit(account, "B", "COMPANY", a);
        long c = admin().createUnit(account, "C", "SITE", b);

        Api.Response underGrandchild = admin().patch("/api/v1/units/" + a, json("parentId", c));
        Api.Response underItself = admin().patch("/api/v1/units/" + b, json("parentId", b));

        assertThat(underGrandchild.status()).isEqualTo(400);
        assertThat(underGrandchild.errorFields()).containsExactly("parentId");
        assertThat(underItself.status()).isEqualTo(400);
        assertThat(underItself.errorFields()).containsExactly("parentId");
        assertThat(admin().get("/api/v1/units/" + a).json().path("parentId").isNull()).isTrue();
        assertThat(admin().get("/api/v1/units/" + a).json().path("version").asLong()).isZero();
    }

    @Test
    void movingAUnitUnderAParentOfAnotherAccountIsA400() {
        long foreign = admin().createUnit(admin().createAccount("Far "), "Far", "GROUP", null);
        long unit = admin().createUnit(admin().createAccount("Near "), "Near", "GROUP", null);

        Api.Response r = admin().patch("/api/v1/units/" + unit, json("parentId", foreign));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("parentId");
    }

    @Test
    void patchRenamesAndRelocatesMergeStyle() {
        long account = admin().createAccount("Rename ");
        Api.Response created = admin().post("/api/v1/accounts/" + account + "/units",
                json("name", "Old", "kind", "SITE", "country", "DE", "city", "Bonn"));
        String path = "/api/v1/units/" + created.id();

        Api.Response r = admin().patch(path, json("name", "New", "city", null, "kind", "DIVISION"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("name").asString()).isEqualTo("New");
        assertThat(r.json().path("kind").asString()).isEqualTo("DIVISION");
        assertThat(r.json().path("city").isNull()).isTrue();
        assertThat(r.json().path("country").asString()).isEqualTo("DE");
        assertThat(r.json().path("version").asLong()).isEqualTo(1);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        assertThat(admin().patch(path, json("name", " ")).errorFields()).containsExactly("name");
        assertThat(admin().patch(path, json("kind", null)).errorFields()).containsExactly("kind");
        assertThat(admin().patch(path, json("kind", "MOON")).errorFields()).containsExactly("kind");
        assertThat(admin().patch(path, json("country", "XX")).errorFields()).containsExactly("country");
    }

    @Test
    void patchWithAStaleVersionIsA409() {
        long unit = admin().createUnit(admin().createAccount("Stale units "), "U", "SITE", null);
        String path = "/api/v1/units/" + unit;
        String etag = admin().get(path).header("ETag");
        assertThat(admin().patch(path, json("name", "U1", "version", 0)).status()).isEqualTo(200);

        Api.Response byBody = admin().patch(path, json("name", "U2", "version", 0));
        Api.Response byHeader = admin().patch(path, json("name", "U3"), Map.of("If-Match", etag));

        assertThat(byBody.status()).isEqualTo(409);
        assertThat(byHeader.status()).isEqualTo(409);
        assertThat(admin().get(path).json().path("name").asString()).isEqualTo("U1");
    }

    @Test
    void externalIdsAreUniqueWithinAnAccount() {
        long account = admin().createAccount("Ext units ");
        admin().post("/api/v1/accounts/" + account + "/units", json("name", "One", "kind", "SITE", "externalId", "E-1"));

        Api.Response sameAccount = admin().post("/api/v1/accounts/" + account + "/units",
                json("name", "Two", "kind", "SITE", "externalId", "E-1"));
        Api.Response otherAccount = admin().post("/api/v1/accounts/" + admin().createAccount("Ext other ") + "/units",
                json("name", "Two", "kind", "SITE", "externalId", "E-1"));

        assertThat(sameAccount.status()).isEqualTo(409);
        assertThat(otherAccount.status()).isEqualTo(201);
    }

    @Test
    void deletingAUnitWithChildrenIsA409ThatNamesThem() {
        long account = admin().createAccount("Parent ");
        long parent = admin().createUnit(account, "Parent unit", "GROUP", null);
        admin().createUnit(account, "Kid", "SITE", parent);

        Api.Response r = admin().delete("/api/v1/units/" + parent);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asString()).contains("Parent unit").contains("1 sub-unit");
        assertThat(admin().get("/api/v1/units/" + parent).status()).isEqualTo(200);
    }

    @Test
    void deletingAUnitWithContactsIsA409ThatNamesThem() {
        long unit = admin().createUnit(admin().createAccount("People "), "Staffed unit", "SITE", null);
        admin().createContact(unit, "Someone");
        admin().createContact(unit, "Someone else");

        Api.Response r = admin().delete("/api/v1/units/" + unit);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("detail").asString()).contains("2 contact");
    }

    @Test
    void deletingALeafIs204ThenItIsGone() {
        long account = admin().createAccount("Leaf ");
        long parent = admin().createUnit(account, "Parent", "GROUP", null);
        long leaf = admin().createUnit(account, "Leaf", "SITE", parent);

        assertThat(admin().delete("/api/v1/units/" + leaf).status()).isEqualTo(204);

        assertThat(admin().get("/api/v1/units/" + leaf).status()).isEqualTo(404);
        assertThat(admin().delete("/api/v1/units/" + leaf).status()).isEqualTo(404);
        assertThat(tree(account).json().get(0).path("children").size()).isZero();
        assertThat(admin().delete("/api/v1/units/" + parent).status()).as("now a leaf itself").isEqualTo(204);
        assertThat(admin().delete("/api/v1/accounts/" + account).status()).as("now empty").isEqualTo(204);
    }

    @Test
    void unknownUnitIsA404Everywhere() {
        String path = "/api/v1/units/987654321";

        assertThat(admin().get(path).status()).isEqualTo(404);
        assertThat(admin().get(path).contentType()).startsWith("application/problem+json");
        assertThat(admin().patch(path, json("name", "X")).status()).isEqualTo(404);
        assertThat(admin().delete(path).status()).isEqualTo(404);
        assertThat(admin().get(path + "/contacts").status()).isEqualTo(404);
        assertThat(admin().post(path + "/contacts", json("name", "X")).status()).isEqualTo(404);
    }
}
