package app.prism.account;

import static app.prism.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AccountsApiIT extends IntegrationTest {

    private static final String ACCOUNTS = "/api/v1/accounts";

    @Test
    void createsAnAccountWith201LocationAndDefaults() {
        String name = unique("Acme ");

        Api.Response r = admin().post(ACCOUNTS, json("name", "  " + name + "  ", "industry", "Chemicals", "country", "de"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith(ACCOUNTS + "/" + r.id());
        assertThat(r.header("ETag")).isEqualTo("\"0\"");
        JsonNode a = r.json();
        assertThat(a.path("name").asString()).isEqualTo(name);
        assertThat(a.path("industry").asString()).isEqualTo("Chemicals");
        assertThat(a.path("country").asString()).isEqualTo("DE");
        assertThat(a.path("scope").asString()).isEqualTo("LOCAL");
        assertThat(a.path("ownerName").asString()).isEqualTo("Administrator");
        assertThat(a.path("unitCount").asLong()).isZero();
        assertThat(a.path("version").asLong()).isZero();

        Api.Response read = admin().get(r.header("Location"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.json().path("name").asString()).isEqualTo(name);
    }

    @Test
    void theOwnerDefaultsToTheCreatorAndMayBeAnotherUser() {
        TestUser manager = newUser("MANAGER");

        Api.Response mine = manager.api().post(ACCOUNTS, json("name", unique("Own ")));
        TestUser other = newUser("MEMBER");
        Api.Response theirs = admin().post(ACCOUNTS, json("name", unique("Theirs "), "ownerId", other.id(), "scope", "GLOBAL"));

        assertThat(mine.json().path("ownerId").asLong()).isEqualTo(manager.id());
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().path("ownerId").asLong()).isEqualTo(other.id());
        assertThat(theirs.json().path("scope").asString()).isEqualTo("GLOBAL");
    }

    @Test
    void blankNameIsRejectedNamingTheField() {
        Api.Response r = admin().post(ACCOUNTS, json("name", "   "));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("status").asInt()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("name");
    }

    @Test
    void countryMustBeAnIsoAlpha2Code() {
        Api.Response unknown = admin().post(ACCOUNTS, json("name", unique("Nowhere "), "country", "XX"));
        Api.Response tooLong = admin().post(ACCOUNTS, json("name", unique("Nowhere "), "country", "DEU"));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("country");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorFields()).containsExactly("country");
    }

    @Test
    void unknownScopeIsRejectedNamingTheField() {
        Api.Response r = admin().post(ACCOUNTS, json("name", unique("Scoped "), "scope", "GALACTIC"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("scope");
        assertThat(r.errorMessage("scope")).contains("GALACTIC").contains("GLOBAL");
    }

    @Test
    void unknownOwnerIsRejectedNamingTheField() {
        Api.Response r = admin().post(ACCOUNTS, json("name", unique("Orphan "), "ownerId", 987654321));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("ownerId");
    }

    @Test
    void accountNamesAreUniqueRegardlessOfCase() {
        String name = unique("Globex ");
        admin().post(ACCOUNTS, json("name", name));

        Api.Response r = admin().post(ACCOUNTS, json("name", " " + name.toUpperCase() + " "));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asString()).contains("already exists");
    }

    @Test
    void renamingOntoAnotherAccountsNameIsA409() {
        String taken = unique("Initech ");
        admin().post(ACCOUNTS, json("name", taken));
        long id = admin().createAccount("Rename me ");

        Api.Response r = admin().patch(ACCOUNTS + "/" + id, json("name", taken.toLowerCase()));

        assertThat(r.status()).isEqualTo(409);
    }

    @Test
    void externalIdsAreUnique() {
        String ext = unique("CRM-");
        assertThat(admin().post(ACCOUNTS, json("name", unique("Ext "), "externalId", ext)).status()).isEqualTo(201);

        Api.Response r = admin().post(ACCOUNTS, json("name", unique("Ext "), "externalId", ext));

        assertThat(r.status()).isEqualTo(409);
    }

    @Test
    void malformedJsonIsA400() {
        Api.Response r = admin().post(ACCOUNTS, "{\"name\": ");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("title").asString()).isEqualTo("Malformed request body");
    }

    @Test
    void textPlainIsA415() {
        Api.Response r = admin().post(ACCOUNTS, "name=Acme", Map.of("Content-Type", "text/plain"));

        assertThat(r.status()).isEqualTo(415);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownAccountIsA404Everywhere() {
        String path = ACCOUNTS + "/987654321";

        assertThat(admin().get(path).status()).isEqualTo(404);
        assertThat(admin().get(path).contentType()).startsWith("application/problem+json");
        assertThat(admin().patch(path, json("industry", "X")).status()).isEqualTo(404);
        assertThat(admin().delete(path).status()).isEqualTo(404);
        assertThat(admin().get(path + "/team").status()).isEqualTo(404);
        assertThat(admin().get(path + "/units").status()).isEqualTo(404);
        assertThat(admin().post(path + "/units", json("name", "U", "kind", "SITE")).status()).isEqualTo(404);
    }

    @Test
    void patchIsMergeStyleAbsentKeepsExplicitNullClears() {
        Api.Response created = admin().post(ACCOUNTS,
                json("name", unique("Merge "), "industry", "Steel", "country", "FR", "externalId", unique("M-")));
        String path = ACCOUNTS + "/" + created.id();

        Api.Response r = admin().patch(path, json("industry", null, "scope", "NATIONAL"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("industry").isNull()).isTrue();
        assertThat(r.json().path("scope").asString()).isEqualTo("NATIONAL");
        assertThat(r.json().path("country").asString()).isEqualTo("FR");
        assertThat(r.json().path("name").asString()).isEqualTo(created.json().path("name").asString());
        assertThat(r.json().path("externalId").asString()).isEqualTo(created.json().path("externalId").asString());
        assertThat(r.json().path("version").asLong()).isEqualTo(1);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        assertThat(admin().get(path).json().path("industry").isNull()).isTrue();
    }

    @Test
    void patchRejectsBlankNameNullScopeAndBadCountry() {
        String path = ACCOUNTS + "/" + admin().createAccount("Strict ");

        assertThat(admin().patch(path, json("name", " ")).errorFields()).containsExactly("name");
        assertThat(admin().patch(path, json("scope", null)).errorFields()).containsExactly("scope");
        assertThat(admin().patch(path, json("country", "ZZ")).errorFields()).containsExactly("country");
        assertThat(admin().patch(path, json("scope", "HUGE")).errorFields()).containsExactly("scope");
        assertThat(admin().patch(path, json("ownerId", 987654321)).errorFields()).containsExactly("ownerId");
        assertThat(admin().patch(path, "[1, 2]").status()).isEqualTo(400);
        assertThat(admin().get(path).json().path("version").asLong()).as("nothing was changed").isZero();
    }

    @Test
    void patchWithStaleBodyVersionIsA409AndChangesNothing() {
        String path = ACCOUNTS + "/" + admin().createAccount("Stale ");
        assertThat(admin().patch(path, json("industry", "First", "version", 0)).status()).isEqualTo(200);

        Api.Response r = admin().patch(path, json("industry", "Second", "version", 0));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(admin().get(path).json().path("industry").asString()).isEqualTo("First");
    }

    @Test
    void patchWithStaleIfMatchIsA409AndCurrentIfMatchSucceeds() {
        String path = ACCOUNTS + "/" + admin().createAccount("IfMatch ");
        String etag = admin().get(path).header("ETag");

        Api.Response ok = admin().patch(path, json("industry", "First"), Map.of("If-Match", etag));
        Api.Response stale = admin().patch(path, json("industry", "Second"), Map.of("If-Match", etag));
        Api.Response fresh = admin().patch(path, json("industry", "Third"), Map.of("If-Match", ok.header("ETag")));

        assertThat(ok.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.json().path("industry").asString()).isEqualTo("Third");
    }

    @Test
    void ifMatchThatIsNotAVersionIsA400() {
        String path = ACCOUNTS + "/" + admin().createAccount("BadTag ");

        Api.Response r = admin().patch(path, json("industry", "X"), Map.of("If-Match", "\"abc\""));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("If-Match");
    }

    @Test
    void deletingAnEmptyAccountIs204ThenItIsGone() {
        String path = ACCOUNTS + "/" + admin().createAccount("Empty ");

        assertThat(admin().delete(path).status()).isEqualTo(204);
        assertThat(admin().get(path).status()).isEqualTo(404);
    }

    @Test
    void deletingAnAccountWithUnitsIsA409ThatSaysWhy() {
        long id = admin().createAccount("Busy ");
        admin().createUnit(id, "HQ", "GROUP", null);

        Api.Response r = admin().delete(ACCOUNTS + "/" + id);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("detail").asString()).contains("1 business unit");
        assertThat(admin().get(ACCOUNTS + "/" + id).status()).isEqualTo(200);
    }

    @Test
    void membersMayNotDeleteAccountsEvenOnTheirTeam() {
        TestUser member = newUser("MEMBER");
        long id = member.api().createAccount("Member made ");

        assertThat(member.api().delete(ACCOUNTS + "/" + id).status()).isEqualTo(403);
        assertThat(newUser("MANAGER").api().delete(ACCOUNTS + "/" + id).status()).isEqualTo(204);
    }

    @Test
    void listIsFilteredByNameOrIndustryAndPaged() {
        String tag = unique("zq");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = tag + " " + i;
            names.add(name);
            admin().post(ACCOUNTS, json("name", name));
        }
        admin().post(ACCOUNTS, json("name", unique("Other "), "industry", "Industry " + tag));

        Api.Response all = admin().get(ACCOUNTS + "?q=" + tag.toUpperCase());
        Api.Response page1 = admin().get(ACCOUNTS + "?q=" + tag + "&size=2&page=1&sort=name");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().path("total").asLong()).isEqualTo(4);
        assertThat(all.json().path("items").size()).isEqualTo(4);
        assertThat(page1.json().path("page").asInt()).isEqualTo(1);
        assertThat(page1.json().path("size").asInt()).isEqualTo(2);
        assertThat(page1.json().path("total").asLong()).isEqualTo(4);
        assertThat(page1.json().path("items").size()).isEqualTo(2);
        // sorted by name, "Other …" (matched by industry) comes first, so page 1 holds the last two tagged names
        assertThat(page1.json().path("items").get(0).path("name").asString()).isEqualTo(names.get(1));
        assertThat(page1.json().path("items").get(1).path("name").asString()).isEqualTo(names.get(2));
    }

    @Test
    void filterTreatsWildcardsLiterally() {
        String tag = unique("wild");
        admin().post(ACCOUNTS, json("name", tag + " 100% sure"));
        admin().post(ACCOUNTS, json("name", tag + " 100 sure"));

        Api.Response r = admin().get(ACCOUNTS + "?q=" + tag + "%20100%25");

        assertThat(r.json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void pageSizeAbove500IsA400() {
        Api.Response r = admin().get(ACCOUNTS + "?size=501");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("size");
        assertThat(admin().get(ACCOUNTS + "?page=-1").errorFields()).containsExactly("page");
        assertThat(admin().get(ACCOUNTS + "?size=abc").errorFields()).containsExactly("size");
    }

    @Test
    void unknownSortKeyIsA400() {
        Api.Response r = admin().get(ACCOUNTS + "?sort=password");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("sort");
    }

    @Test
    void changingTheOwnerPutsTheNewOwnerOnTheTeam() {
        TestUser newOwner = newUser("MEMBER");
        long id = admin().createAccount("Handover ");
        assertThat(newOwner.api().get(ACCOUNTS + "/" + id).status()).isEqualTo(404);

        Api.Response r = admin().patch(ACCOUNTS + "/" + id, json("ownerId", newOwner.id()));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("ownerId").asLong()).isEqualTo(newOwner.id());
        assertThat(newOwner.api().get(ACCOUNTS + "/" + id).status()).isEqualTo(200);
    }

    @Test
    void anInactiveUserCannotOwnAnAccount() {
        TestUser gone = newUser("MEMBER");
        admin().delete("/api/v1/users/" + gone.id());

        Api.Response r = admin().post(ACCOUNTS, json("name", unique("Gone "), "ownerId", gone.id()));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("ownerId");
    }

    @Test
    void overlongTextsAreRejectedNamingTheField() {
        assertThat(admin().post(ACCOUNTS, json("name", "n".repeat(201))).errorFields()).containsExactly("name");
        assertThat(admin().post(ACCOUNTS, json("name", unique("Long "), "externalId", "x".repeat(101))).errorFields())
                .containsExactly("externalId");
        assertThat(admin().post(ACCOUNTS, json("name", unique("Long "), "industry", "i".repeat(101))).errorFields())
                .containsExactly("industry");
        assertThat(admin().post(ACCOUNTS, json("name", unique("Max ") + "m".repeat(180))).status()).isEqualTo(201);
    }

    @Test
    void anEmptyBodyIsA400() {
        Api.Response r = admin().post(ACCOUNTS, "");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aVersionThatIsNotANumberIsA400NamingIt() {
        String path = ACCOUNTS + "/" + admin().createAccount("Version ");

        Api.Response r = admin().patch(path, json("industry", "X", "version", "latest"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("version");
    }

    @Test
    void weakEtagsAreAcceptedInIfMatch() {
        String path = ACCOUNTS + "/" + admin().createAccount("Weak ");

        Api.Response r = admin().patch(path, json("industry", "X"), Map.of("If-Match", "W/\"0\""));

        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void ifMatchStarUpdatesWhateverTheVersion() {
        String path = ACCOUNTS + "/" + admin().createAccount("Star ");
        admin().patch(path, json("industry", "First"));

        Api.Response r = admin().patch(path, json("industry", "Second"), Map.of("If-Match", "*"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("industry").asString()).isEqualTo("Second");
    }

    @Test
    void listCanBeSortedByUnitCountDescending() {
        String tag = unique("sortu");
        long none = admin().post(ACCOUNTS, json("name", tag + " a")).id();
        long two = admin().post(ACCOUNTS, json("name", tag + " b")).id();
        long one = admin().post(ACCOUNTS, json("name", tag + " c")).id();
        admin().createUnit(two, "U1", "SITE", null);
        admin().createUnit(two, "U2", "SITE", null);
        admin().createUnit(one, "U1", "SITE", null);

        Api.Response r = admin().get(ACCOUNTS + "?q=" + tag + "&sort=-units");

        List<Long> ids = new ArrayList<>();
        for (JsonNode a : r.json().path("items")) ids.add(a.path("id").asLong());
        assertThat(ids).containsExactly(two, one, none);
        assertThat(r.json().path("items").get(0).path("unitCount").asLong()).isEqualTo(2);
    }
}
