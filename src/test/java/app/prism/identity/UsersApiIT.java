package app.prism.identity;

import static app.prism.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsersApiIT extends IntegrationTest {

    private static String email() {
        return unique("user-") + "@test.local";
    }

    @Test
    void adminCreatesAUserAnsweredWith201LocationAndNoPassword() {
        String email = email();

        Api.Response r = admin().post("/api/v1/users",
                json("email", email, "name", "Ada Lovelace", "password", "long-enough-pw-1", "role", "MANAGER"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith("/api/v1/users/" + r.id());
        assertThat(r.json().path("email").asString()).isEqualTo(email);
        assertThat(r.json().path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(r.json().path("role").asString()).isEqualTo("MANAGER");
        assertThat(r.json().path("active").asBoolean()).isTrue();
        assertThat(r.json().has("password")).isFalse();
        assertThat(r.json().has("passwordHash")).isFalse();
        assertThat(r.body()).doesNotContain("long-enough-pw-1");

        Api.Response read = admin().get(r.header("Location"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.json().path("email").asString()).isEqualTo(email);
    }

    @Test
    void aNewUserCanSignInWithTheirPassword() {
        String email = email();
        admin().createUser(email, "New Colleague", "their-own-pass-1", "MEMBER");

        assertThat(as(email, "their-own-pass-1").get("/api/v1/accounts").status()).isEqualTo(200);
        assertThat(as(email.toUpperCase(), "their-own-pass-1").get("/api/v1/accounts").status())
                .as("email sign-in ignores case").isEqualTo(200);
    }

    @Test
    void passwordShorterThan12CharactersIsRejectedWithTheRuleAsMessage() {
        Api.Response r = admin().post("/api/v1/users",
                json("email", email(), "name", "Eleven", "password", "eleven-char", "role", "MEMBER"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.errorFields()).containsExactly("password");
        assertThat(r.errorMessage("password")).isEqualTo(PasswordRule.MESSAGE);
    }

    @Test
    void passwordOfExactly12CharactersIsAccepted() {
        Api.Response r = admin().post("/api/v1/users",
                json("email", email(), "name", "Twelve", "password", "twelve-chars", "role", "MEMBER"));

        assertThat(r.status()).isEqualTo(201);
    }

    @Test
    void badEmailIsRejectedNamingTheField() {
        Api.Response r = admin().post("/api/v1/users",
                json("email", "not-an-email", "name", "Bad Email", "password", "long-enough-pw-1", "role", "MEMBER"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("email");
    }

    @Test
    void blankNameAndMissingRoleAreReportedTogether() {
        Api.Response r = admin().post("/api/v1/users",
                json("email", email(), "name", "   ", "password", "long-enough-pw-1"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactlyInAnyOrder("name", "role");
    }

    @Test
    void unknownRoleIsRejectedNamingTheField() {
        Api.Response r = admin().post("/api/v1/users",
                json("email", email(), "name", "Root", "password", "long-enough-pw-1", "role", "SUPERUSER"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("role");
        assertThat(r.errorMessage("role")).contains("SUPERUSER").contains("MEMBER");
    }

    @Test
    void emailsAreUniqueRegardlessOfCase() {
        String email = email();
        admin().createUser(email, "First", "long-enough-pw-1", "MEMBER");

        Api.Response r = admin().post("/api/v1/users",
                json("email", email.toUpperCase(), "name", "Second", "password", "long-enough-pw-1", "role", "MEMBER"));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asString()).contains("already exists");
    }

    @Test
    void malformedJsonIsA400() {
        Api.Response r = admin().post("/api/v1/users", "{\"email\": \"x@test.local\", ");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void textPlainIsA415() {
        Api.Response r = admin().post("/api/v1/users", "email=x@test.local", Map.of("Content-Type", "text/plain"));

        assertThat(r.status()).isEqualTo(415);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownUserIsA404() {
        Api.Response r = admin().get("/api/v1/users/987654321");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(admin().patch("/api/v1/users/987654321", json("name", "X")).status()).isEqualTo(404);
        assertThat(admin().delete("/api/v1/users/987654321").status()).isEqualTo(404);
    }

    @Test
    void nonNumericIdIsA400NamingTheParameter() {
        Api.Response r = admin().get("/api/v1/users/abc");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("id");
    }

    @Test
    void listIsPagedAndFilteredByQ() {
        String tag = unique("pagetag");
        for (int i = 0; i < 3; i++) admin().createUser(email(), tag + " " + i, "long-enough-pw-1", "MEMBER");

        Api.Response first = admin().get("/api/v1/users?q=" + tag + "&size=2");
        Api.Response second = admin().get("/api/v1/users?q=" + tag + "&size=2&page=1");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("items").size()).isEqualTo(2);
        assertThat(first.json().path("page").asInt()).isEqualTo(0);
        assertThat(first.json().path("size").asInt()).isEqualTo(2);
        assertThat(first.json().path("total").asLong()).isEqualTo(3);
        assertThat(second.json().path("items").size()).isEqualTo(1);
        assertThat(second.json().path("page").asInt()).isEqualTo(1);
        assertThat(second.json().path("items").get(0).path("name").asString()).isEqualTo(tag + " 2");
    }

    @Test
    void listDefaultsToPage0Size50() {
        Api.Response r = admin().get("/api/v1/users");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("page").asInt()).isEqualTo(0);
        assertThat(r.json().path("size").asInt()).isEqualTo(50);
        assertThat(r.json().path("total").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void pageSizeAbove500AndNegativePageAreRejected() {
        assertThat(admin().get("/api/v1/users?size=501").errorFields()).containsExactly("size");
        assertThat(admin().get("/api/v1/users?size=501").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/users?size=0").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/users?page=-1").errorFields()).containsExactly("page");
        assertThat(admin().get("/api/v1/users?size=500").status()).isEqualTo(200);
    }

    @Test
    void managersAndMembersMayNotListOrCreateUsers() {
        for (String role : new String[] {"MANAGER", "MEMBER"}) {
            TestUser user = newUser(role);

            Api.Response list = user.api().get("/api/v1/users");
            Api.Response create = user.api().post("/api/v1/users",
                    json("email", email(), "name", "Sneaky", "password", "long-enough-pw-1", "role", "ADMIN"));
            Api.Response read = user.api().get("/api/v1/users/" + user.id());

            assertThat(list.status()).as(role + " list").isEqualTo(403);
            assertThat(list.contentType()).startsWith("application/problem+json");
            assertThat(create.status()).as(role + " create").isEqualTo(403);
            assertThat(read.status()).as(role + " read").isEqualTo(403);
        }
    }

    @Test
    void patchChangesOnlyTheNamedFields() {
        TestUser user = newUser("MEMBER");

        Api.Response r = admin().patch("/api/v1/users/" + user.id(), json("name", "Renamed", "role", "MANAGER"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("name").asString()).isEqualTo("Renamed");
        assertThat(r.json().path("role").asString()).isEqualTo("MANAGER");
        assertThat(r.json().path("email").asString()).isEqualTo(user.email());
        assertThat(r.json().path("version").asLong()).isEqualTo(1);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        assertThat(user.api().get("/api/v1/accounts").status()).as("password unchanged").isEqualTo(200);
    }

    @Test
    void patchWithStaleBodyVersionIsA409() {
        TestUser user = newUser("MEMBER");
        assertThat(admin().patch("/api/v1/users/" + user.id(), json("name", "One", "version", 0)).status())
                .isEqualTo(200);

        Api.Response stale = admin().patch("/api/v1/users/" + user.id(), json("name", "Two", "version", 0));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(admin().get("/api/v1/users/" + user.id()).json().path("name").asString()).isEqualTo("One");
    }

    @Test
    void patchWithStaleIfMatchIsA409() {
        TestUser user = newUser("MEMBER");
        String etag = admin().get("/api/v1/users/" + user.id()).header("ETag");
        assertThat(admin().patch("/api/v1/users/" + user.id(), json("name", "One"), Map.of("If-Match", etag)).status())
                .isEqualTo(200);

        Api.Response stale = admin().patch("/api/v1/users/" + user.id(), json("name", "Two"), Map.of("If-Match", etag));

        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void patchRejectsShortPasswordBlankNameAndDuplicateEmail() {
        TestUser user = newUser("MEMBER");
        TestUser other = newUser("MEMBER");
        String path = "/api/v1/users/" + user.id();

        assertThat(admin().patch(path, json("password", "short")).errorFields()).containsExactly("password");
        assertThat(admin().patch(path, json("name", "")).errorFields()).containsExactly("name");
        assertThat(admin().patch(path, json("email", "nope")).errorFields()).containsExactly("email");
        assertThat(admin().patch(path, json("email", other.email().toUpperCase())).status()).isEqualTo(409);
    }

    @Test
    void patchedPasswordReplacesTheOldOne() {
        TestUser user = newUser("MEMBER");

        admin().patch("/api/v1/users/" + user.id(), json("password", "a-brand-new-password"));

        assertThat(user.api().get("/api/v1/accounts").status()).isEqualTo(401);
        assertThat(as(user.email(), "a-brand-new-password").get("/api/v1/accounts").status()).isEqualTo(200);
    }

    @Test
    void deleteDeactivatesTheUserAndKeepsTheRecord() {
        TestUser user = newUser("MEMBER");

        assertThat(admin().delete("/api/v1/users/" + user.id()).status()).isEqualTo(204);

        Api.Response r = admin().get("/api/v1/users/" + user.id());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("active").asBoolean()).isFalse();
    }

    @Test
    void anAdministratorCannotDemoteOrDeactivateThemselves() {
        long adminId = admin().get("/api/v1/users?q=" + ADMIN_EMAIL).json().path("items").get(0).path("id").asLong();

        assertThat(admin().patch("/api/v1/users/" + adminId, json("role", "MEMBER")).status()).isEqualTo(409);
        assertThat(admin().patch("/api/v1/users/" + adminId, json("active", false)).status()).isEqualTo(409);
        assertThat(admin().delete("/api/v1/users/" + adminId).status()).isEqualTo(409);
    }

    @Test
    void aRoleChangeTakesEffectOnTheNextRequest() {
        TestUser user = newUser("MEMBER");
        assertThat(user.api().get("/api/v1/users").status()).isEqualTo(403);

        admin().patch("/api/v1/users/" + user.id(), json("role", "ADMIN"));
        assertThat(user.api().get("/api/v1/users").status()).isEqualTo(200);

        admin().patch("/api/v1/users/" + user.id(), json("role", "MEMBER"));
        assertThat(user.api().get("/api/v1/users").status()).isEqualTo(403);
    }

    @Test
    void deactivatingByPatchLocksTheUserOutAndReactivatingLetsThemBackIn() {
        TestUser user = newUser("MANAGER");

        Api.Response off = admin().patch("/api/v1/users/" + user.id(), json("active", false));
        assertThat(off.json().path("active").asBoolean()).isFalse();
        assertThat(user.api().get("/api/v1/accounts").status()).isEqualTo(401);

        admin().patch("/api/v1/users/" + user.id(), json("active", true));
        assertThat(user.api().get("/api/v1/accounts").status()).isEqualTo(200);
    }

    @Test
    void patchRejectsUnknownRoleAndNullRequiredFields() {
        String path = "/api/v1/users/" + newUser("MEMBER").id();

        assertThat(admin().patch(path, json("role", "GOD")).errorFields()).containsExactly("role");
        assertThat(admin().patch(path, json("role", null)).errorFields()).containsExactly("role");
        assertThat(admin().patch(path, json("active", null)).errorFields()).containsExactly("active");
        assertThat(admin().patch(path, json("password", null)).errorFields()).containsExactly("password");
        assertThat(admin().get(path).json().path("version").asLong()).isZero();
    }
}
