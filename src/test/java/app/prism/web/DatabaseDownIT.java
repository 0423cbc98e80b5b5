package app.prism.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.PageSession;
import app.prism.support.TcpProxy;
import app.prism.support.TestDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under a running instance (its connections break and new ones are refused, through a TCP
 * proxy the test cuts): the API answers 503 problem+json with Retry-After within a few seconds, whether the caller
 * signs in with HTTP Basic or a token; pages answer the friendly "Prism cannot reach its database" page; the health
 * endpoint answers within 2 s and readiness is DOWN. When the database is back, everything works again.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseDownIT extends IntegrationTest {

    private static final Duration A_FEW_SECONDS = Duration.ofSeconds(6);
    private static final Duration HEALTH_LIMIT = Duration.ofSeconds(2);
    private static final Pattern NEW_TOKEN = Pattern.compile("<code id=\"new-token\">(prism_[^<]+)</code>");

    private static final Server H2_SERVER;
    private static final TcpProxy DATABASE;
    private static final String URL;

    static {
        if (TestDatabase.isPostgres()) {
            String direct = TestDatabase.newDatabase("database_down");
            H2_SERVER = null;
            DATABASE = new TcpProxy(TestDatabase.postgresPort());
            URL = direct.replace("localhost:" + TestDatabase.postgresPort() + "/", "127.0.0.1:" + DATABASE.port() + "/");
        } else {
            try {
                H2_SERVER = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            DATABASE = new TcpProxy(H2_SERVER.getPort());
            URL = "jdbc:h2:tcp://127.0.0.1:" + DATABASE.port() + "/mem:database_down;MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
    }

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        // the pool's own URL: IntegrationTest's spring.datasource.url may be registered after this method runs
        registry.add("spring.datasource.hikari.jdbc-url", () -> URL);
    }

    @AfterAll
    static void stopTheDatabaseLink() {
        DATABASE.close();
        if (H2_SERVER != null) H2_SERVER.stop();
    }

    @Test
    void whileTheDatabaseCannotBeReachedTheApiAnswers503QuicklyPagesSaySoAndReadinessIsDown() {
        Api admin = admin();
        assertThat(admin.get("/api/v1/accounts").status()).isEqualTo(200);
        PageSession browser = PageSession.signedInThroughTheForm(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
        String token = newToken(browser);
        Api tokenClient = bearer(token);
        assertThat(tokenClient.get("/api/v1/accounts").status()).isEqualTo(200);
        PageSession stranger = PageSession.anonymous(baseUrl());
        assertThat(stranger.get("/login").status()).isEqualTo(200);

        DATABASE.cut();
        try {
            assertUnavailable("HTTP Basic", () -> admin.get("/api/v1/accounts"));
            assertUnavailable("a token", () -> tokenClient.get("/api/v1/accounts"));
            assertUnavailable("HTTP Basic, a write", () -> admin.post("/api/v1/accounts",
                    Api.json("name", unique("Never stored "))));

            long started = System.nanoTime();
            PageSession.Page home = browser.get("/");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.println("[database down] signed-in page: " + home.status() + " in " + took.toMillis() + " ms");
            assertFriendlyPage(home, took);
            started = System.nanoTime();
            PageSession.Page signIn = stranger.post("/login", "username", ADMIN_EMAIL, "password", ADMIN_PASSWORD);
            took = Duration.ofNanos(System.nanoTime() - started);
            System.out.println("[database down] form sign-in: " + signIn.status() + " in " + took.toMillis() + " ms");
            assertFriendlyPage(signIn, took);

            started = System.nanoTime();
            Api.Response health = anonymous().get("/actuator/health");
            took = Duration.ofNanos(System.nanoTime() - started);
            System.out.println("[database down] /actuator/health: " + health.status() + " in " + took.toMillis() + " ms");
            assertThat(took).as("health answers within 2 s").isLessThan(HEALTH_LIMIT);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().path("status").asString()).isEqualTo("DOWN");

            Api.Response readiness = anonymous().get("/actuator/health/readiness");
            assertThat(readiness.status()).as(readiness.toString()).isEqualTo(503);
            assertThat(readiness.json().path("status").asString()).isEqualTo("DOWN");
            assertThat(anonymous().get("/actuator/health/liveness").status()).as("alive all the same").isEqualTo(200);
        } finally {
            DATABASE.restore();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (anonymous().get("/actuator/health/readiness").status() != 200 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(anonymous().get("/actuator/health/readiness").status()).as("ready again").isEqualTo(200);
        assertThat(admin.get("/api/v1/accounts").status()).isEqualTo(200);
        assertThat(tokenClient.get("/api/v1/accounts").status()).isEqualTo(200);
        assertThat(browser.get("/").status()).isEqualTo(200);
    }

    private static void assertUnavailable(String how, Supplier<Api.Response> call) {
        long started = System.nanoTime();
        Api.Response r = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("[database down] API with " + how + ": " + r.status() + " in " + took.toMillis() + " ms");
        assertThat(r.status()).as(how + ": " + r).isEqualTo(503);
        assertThat(took).as(how).isLessThan(A_FEW_SECONDS);
        assertThat(r.contentType()).as(how).startsWith("application/problem+json");
        assertThat(r.header("Retry-After")).as(how).matches("[1-9][0-9]*");
        assertThat(r.json().path("status").asInt()).isEqualTo(503);
        assertThat(r.json().path("detail").asString()).contains("cannot reach its database");
    }

    private static void assertFriendlyPage(PageSession.Page page, Duration took) {
        assertThat(page.status()).as(page.body()).isEqualTo(503);
        assertThat(took).isLessThan(A_FEW_SECONDS);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("Prism cannot reach its database").contains("/css/prism.css");
    }

    private static String newToken(PageSession browser) {
        browser.get("/me/tokens");
        assertThat(browser.post("/me/tokens", "name", "outage test").status()).isEqualTo(302);
        Matcher m = NEW_TOKEN.matcher(browser.get("/me/tokens").body());
        assertThat(m.find()).as("the new token is shown once").isTrue();
        return m.group(1);
    }
}
