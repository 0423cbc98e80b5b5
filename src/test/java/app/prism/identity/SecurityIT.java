package app.prism.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.PageSession;
import app.prism.support.TestUser;
import org.junit.jupiter.api.Test;

class SecurityIT extends IntegrationTest {

    @Test
    void apiWithoutCredentialsAnswers401ProblemJson() {
        Api.Response r = anonymous().get("/api/v1/accounts");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("status").asInt()).isEqualTo(401);
        assertThat(r.json().path("title").asString()).isEqualTo("Unauthorized");
        assertThat(r.header("WWW-Authenticate")).contains("Basic");
    }

    @Test
    void wrongPasswordAnswers401ProblemJson() {
        Api.Response r = as(ADMIN_EMAIL, "not-the-password-at-all").get("/api/v1/accounts");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownUserAnswers401() {
        assertThat(as("nobody-" + unique("") + "@test.local", "whatever-password-1").get("/api/v1/accounts").status())
                .isEqualTo(401);
    }

    @Test
    void unknownBearerTokenAnswers401ProblemJson() {
        Api.Response r = bearer("prism_" + unique("doesNotExist")).get("/api/v1/accounts");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("status").asInt()).isEqualTo(401);
    }

    @Test
    void bearerTokenWithoutThePrismPrefixAnswers401() {
        assertThat(bearer("not-a-prism-token").get("/api/v1/accounts").status()).isEqualTo(401);
    }

    @Test
    void aDeactivatedUserCanNoLongerSignIn() {
        TestUser member = newUser("MEMBER");
        assertThat(member.api().get("/api/v1/accounts").status()).isEqualTo(200);

        assertThat(admin().delete("/api/v1/users/" + member.id()).status()).isEqualTo(204);

        assertThat(member.api().get("/api/v1/accounts").status()).isEqualTo(401);
    }

    @Test
    void apiResponsesCarrySecurityHeaders() {
        Api.Response r = admin().get("/api/v1/accounts");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Content-Security-Policy")).contains("default-src").contains("frame-ancestors 'none'");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("Cache-Control")).contains("no-store");
    }

    @Test
    void errorResponsesCarrySecurityHeadersToo() {
        Api.Response r = anonymous().get("/api/v1/accounts");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Content-Security-Policy")).isNotBlank();
    }

    @Test
    void healthIsPublic() {
        Api.Response r = anonymous().get("/actuator/health");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asString()).isEqualTo("UP");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Content-Security-Policy")).isNotBlank();
    }

    @Test
    void metricsAreNotPublic() {
        Api.Response r = anonymous().get("/actuator/metrics");

        assertThat(r.status()).isIn(302, 401, 403);
        assertThat(r.body()).doesNotContain("jvm.memory");
    }

    @Test
    void metricsAreNotForMembers() {
        TestUser member = newUser("MEMBER");

        Api.Response r = member.api().get("/actuator/metrics");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).doesNotContain("jvm.memory");
    }

    @Test
    void metricsAreForAdministrators() {
        Api.Response r = admin().get("/actuator/metrics");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("jvm.memory");
    }

    @Test
    void unknownApiPathAnswers404ProblemJsonToSignedInUsers() {
        Api.Response r = admin().get("/api/v1/no-such-thing");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void garbledBasicCredentialsAnswer401() {
        Api.Response r = anonymous().get("/api/v1/accounts", java.util.Map.of("Authorization", "Basic !!!not-base64"));

        assertThat(r.status()).isEqualTo(401);
    }

    @Test
    void emptyBearerTokenAnswers401() {
        assertThat(anonymous().get("/api/v1/accounts", java.util.Map.of("Authorization", "Bearer ")).status())
                .isEqualTo(401);
    }

    @Test
    void aSignedInSessionFollowsARoleChangeAndEndsWhenTheUserIsDeactivated() {
        TestUser manager = newUser("MANAGER");
        long offTeam = admin().createAccount("Not on the team ");
        PageSession browser = PageSession.signedInThroughTheForm(baseUrl(), manager.email(), manager.password());
        assertThat(browser.get("/accounts/" + offTeam + "/overview").status()).isEqualTo(200);   // managers see all

        admin().patch("/api/v1/users/" + manager.id(), Api.json("role", "MEMBER"));
        assertThat(browser.get("/accounts/" + offTeam + "/overview").status()).isEqualTo(404);   // same session
        assertThat(browser.get("/admin/handover").status()).isEqualTo(403);

        assertThat(admin().delete("/api/v1/users/" + manager.id()).status()).isIn(200, 204);
        assertThat(browser.get("/").status()).isIn(302, 401);                                     // signed out
    }
}
