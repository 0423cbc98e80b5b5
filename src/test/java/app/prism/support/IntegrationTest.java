package app.prism.support;

import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every API integration test: the real application on a random port over the database chosen by
 * {@link TestDatabase}. All subclasses share one Spring context (same configuration), so tests never rely on shared
 * data: each creates its own users, accounts and products with unique names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    public static final String ADMIN_EMAIL = "admin@test.local";
    public static final String ADMIN_PASSWORD = "admin-password-123";
    public static final String PASSWORD = "member-password-123";

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::username);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("prism.admin.email", () -> ADMIN_EMAIL);
        registry.add("prism.admin.password", () -> ADMIN_PASSWORD);
        registry.add("prism.demo.data", () -> "false");
        registry.add("prism.digest.tick", () -> "-");
        registry.add("prism.scoring.snapshot-tick", () -> "-");
        registry.add("prism.insight.refit-tick", () -> "-");
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The first administrator, created at start from prism.admin.*. */
    protected Api admin() {
        return Api.as(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    protected Api anonymous() {
        return Api.anonymous(baseUrl());
    }

    protected Api as(String email, String password) {
        return Api.as(baseUrl(), email, password);
    }

    protected Api bearer(String token) {
        return Api.bearer(baseUrl(), token);
    }

    /** A new active user with the role (ADMIN, MANAGER, MEMBER), created by the administrator. */
    protected TestUser newUser(String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@test.local";
        long id = admin().createUser(email, role.charAt(0) + role.substring(1).toLowerCase() + " " + unique(""),
                PASSWORD, role);
        return new TestUser(id, email, PASSWORD, role, as(email, PASSWORD));
    }

    /** A name no other test uses: the prefix plus a random suffix. */
    protected static String unique(String prefix) {
        return Api.unique(prefix);
    }
}
