package app.prism.web;

import static app.prism.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What every endpoint shares: RFC 9457 problem details, Location and ETag conventions. */
class ApiConventionsIT extends IntegrationTest {

    @Test
    void aProblemNamesStatusTitleDetailAndTheRequestedPath() {
        Api.Response r = admin().get("/api/v1/accounts/987654321");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.path("status").asInt()).isEqualTo(404);
        assertThat(p.path("title").asString()).isEqualTo("Not found");
        assertThat(p.path("detail").asString()).contains("987654321");
        assertThat(p.path("instance").asString()).isEqualTo("/api/v1/accounts/987654321");
        assertThat(p.has("errors")).as("no field errors on a 404").isFalse();
    }

    @Test
    void aValidationProblemListsEachFieldWithAMessage() {
        Api.Response r = admin().post("/api/v1/users", json("email", "bad", "name", "", "password", "short", "role", "MEMBER"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("title").asString()).isEqualTo("Invalid input");
        assertThat(r.json().path("instance").asString()).isEqualTo("/api/v1/users");
        assertThat(r.errorFields()).containsExactlyInAnyOrder("email", "name", "password");
        for (JsonNode e : r.json().path("errors")) assertThat(e.path("message").asString()).isNotBlank();
    }

    @Test
    void anUnsupportedMethodIsA405Problem() {
        Api.Response r = admin().send("PUT", "/api/v1/products", "{}", Map.of());

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.header("Allow")).contains("GET").contains("POST");
    }

    @Test
    void locationIsAnAbsoluteUrlThatAnswersWithTheCreatedRecord() {
        Api.Response created = admin().post("/api/v1/accounts", json("name", unique("Located ")));

        assertThat(created.header("Location")).isEqualTo(baseUrl() + "/api/v1/accounts/" + created.id());
        assertThat(admin().get(created.header("Location")).json().path("id").asLong()).isEqualTo(created.id());
    }

    @Test
    void theEtagIsTheQuotedVersionAndMovesWithEveryChange() {
        String path = "/api/v1/accounts/" + admin().createAccount("Tagged ");

        String before = admin().get(path).header("ETag");
        Api.Response patched = admin().patch(path, json("industry", "Retail"));
        String after = admin().get(path).header("ETag");

        assertThat(before).isEqualTo("\"0\"");
        assertThat(patched.header("ETag")).isEqualTo("\"1\"");
        assertThat(after).isEqualTo("\"1\"");
    }

    @Test
    void aGetWithTheCurrentEtagInIfNoneMatchIs304() {
        String path = "/api/v1/accounts/" + admin().createAccount("Cached ");
        String etag = admin().get(path).header("ETag");

        assertThat(admin().get(path, Map.of("If-None-Match", etag)).status()).isEqualTo(304);
        admin().patch(path, json("industry", "Changed"));
        assertThat(admin().get(path, Map.of("If-None-Match", etag)).status()).isEqualTo(200);
    }

    @Test
    void successfulResponsesAreJson() {
        assertThat(admin().get("/api/v1/accounts").contentType()).startsWith("application/json");
        assertThat(admin().get("/api/v1/products").contentType()).startsWith("application/json");
    }
}
