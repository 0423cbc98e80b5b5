package app.prism.identity;

import static app.prism.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.PageSession;
import app.prism.support.TestUser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Issue 12, items 7–12: what an attacker on the sign-in tried, and what Prism answers now. */
class SignInHardeningIT extends IntegrationTest {

    private static final HttpClient RAW = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    IdentityClock identityClock;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;

    private final OffsetClock clock = new OffsetClock();

    @AfterEach
    void systemClockAgain() {
        identityClock.use(Clock.systemUTC());
    }

    // --- 7. brute force ---

    @Test
    void theSixthWrongBasicPasswordIsRefusedWith429AndRetryAfterAndASuccessStartsAfresh() {
        identityClock.use(clock);
        TestUser user = newUser("MEMBER");
        Map<String, String> from = fromAddress();
        Api wrong = as(user.email(), "not-the-password-" + unique(""));
        for (int i = 1; i <= 5; i++) {
            assertThat(wrong.get("/api/v1/accounts", from).status()).as("failure %d", i).isEqualTo(401);
        }

        Api.Response sixth = wrong.get("/api/v1/accounts", from);
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.contentType()).startsWith("application/problem+json");
        assertThat(sixth.header("Retry-After")).isEqualTo("1");
        assertThat(sixth.json().path("status").asInt()).isEqualTo(429);
        assertThat(user.api().get("/api/v1/accounts", from).status()).as("even the right password waits").isEqualTo(429);

        clock.advance(Duration.ofSeconds(1));
        assertThat(user.api().get("/api/v1/accounts", from).status()).isEqualTo(200);
        for (int i = 1; i <= 5; i++) {
            assertThat(wrong.get("/api/v1/accounts", from).status()).as("after the success, failure %d", i)
                    .isEqualTo(401);
        }
    }

    @Test
    void afterTwentyFailuresEvenTheRightPasswordIsRefusedUntilTheLockEnds() {
        identityClock.use(clock);
        TestUser user = newUser("MEMBER");
        Api wrong = as(user.email(), "not-the-password-" + unique(""));
        int failures = 0;
        int waited = 0;
        while (failures < 20) {
            Api.Response r = wrong.get("/api/v1/accounts", fromAddress());   // another address each time
            if (r.status() == 429) {
                clock.advance(Duration.ofSeconds(Long.parseLong(r.header("Retry-After"))));
                waited++;
            } else {
                assertThat(r.status()).isEqualTo(401);
                failures++;
            }
        }
        assertThat(waited).as("each failure from the sixth on had to wait").isEqualTo(15);

        Api.Response locked = user.api().get("/api/v1/accounts", fromAddress());
        assertThat(locked.status()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isEqualTo(15 * 60);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(user.api().get("/api/v1/accounts", fromAddress()).status()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        assertThat(user.api().get("/api/v1/accounts", fromAddress()).status()).isEqualTo(200);
        assertThat(wrong.get("/api/v1/accounts", fromAddress()).status()).as("the success reset the count")
                .isEqualTo(401);
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottledToo() {
        identityClock.use(clock);
        Map<String, String> attacker = fromAddress();
        for (int i = 1; i <= 10; i++) {
            assertThat(as("nobody-" + unique("") + "@test.local", "guess-" + unique("")).get("/api/v1/accounts",
                    attacker).status()).as("failure %d", i).isEqualTo(401);
        }
        Api.Response eleventh = as("nobody-" + unique("") + "@test.local", "guess-" + unique(""))
                .get("/api/v1/accounts", attacker);
        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(eleventh.header("Retry-After")).isEqualTo("1");
        assertThat(as("nobody-" + unique("") + "@test.local", "guess-" + unique("")).get("/api/v1/accounts",
                fromAddress()).status()).as("another address").isEqualTo(401);

        TestUser user = newUser("MEMBER");
        clock.advance(Duration.ofSeconds(1));
        assertThat(user.api().get("/api/v1/accounts", attacker).status()).isEqualTo(200);
        assertThat(as("nobody-" + unique("") + "@test.local", "guess-" + unique("")).get("/api/v1/accounts",
                attacker).status()).as("the success reset the address").isEqualTo(401);
    }

    @Test
    void theLoginFormSaysWhenItIsThrottled() {
        identityClock.use(clock);
        TestUser user = newUser("MEMBER");
        Map<String, String> from = fromAddress();
        PageSession browser = PageSession.anonymous(baseUrl());
        browser.get("/login");
        for (int i = 1; i <= 5; i++) {
            PageSession.Page failed = browser.post("/login", from, "username", user.email(), "password", "wrong-" + i);
            assertThat(failed.location()).as("failure %d", i).endsWith("/login?error");
        }

        PageSession.Page sixth = browser.post("/login", from, "username", user.email(), "password", user.password());
        assertThat(sixth.location()).endsWith("/login?throttled");
        PageSession.Page page = browser.get("/login?throttled");
        assertThat(page.body()).contains("Too many failed sign-ins").contains("Try again in <span>1 second</span>");

        clock.advance(Duration.ofSeconds(1));
        PageSession.Page signedIn = browser.post("/login", from, "username", user.email(), "password", user.password());
        assertThat(signedIn.location()).doesNotContain("error").doesNotContain("throttled");
    }

    // --- 8. password rule ---

    @Test
    void commonShortAndRepeatedPasswordsAreRefusedWithTheOneMessageEverywhere() {
        for (String weak : List.of("password", "12345678", "aaaaaaaaaaa", "aaaaaaaaaaaaaaaa", "Password1234",
                "qwertyuiop123", "eleven-char")) {
            Api.Response r = admin().post("/api/v1/users", json("email", "weak-" + unique("") + "@test.local",
                    "name", "Weak", "password", weak, "role", "MEMBER"));
            assertThat(r.status()).as(weak).isEqualTo(400);
            assertThat(r.errorMessage("password")).as(weak).isEqualTo(PasswordRule.MESSAGE);
        }
        TestUser user = newUser("MEMBER");
        long version = admin().get("/api/v1/users/" + user.id()).version();
        Api.Response patch = admin().patch("/api/v1/users/" + user.id(), json("password", "iloveyou2026",
                "version", version));
        assertThat(patch.status()).isEqualTo(400);
        assertThat(patch.errorMessage("password")).isEqualTo(PasswordRule.MESSAGE);

        PageSession browser = PageSession.signedInThroughTheForm(baseUrl(), user.email(), user.password());
        assertThat(browser.get("/me/password").body()).contains(PasswordRule.MESSAGE);
        PageSession.Page refused = browser.post("/me/password", "currentPassword", user.password(),
                "newPassword", "qwertyuiop12", "repeat", "qwertyuiop12");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("<span class=\"error\">" + PasswordRule.MESSAGE + "</span>");
        assertThat(user.api().get("/api/v1/accounts").status()).as("password unchanged").isEqualTo(200);
    }

    // --- 9. sessions and remember-me ---

    @Test
    void aRememberMeCookieNoLongerSignsInAfterLogout() throws Exception {
        TestUser user = newUser("MEMBER");
        PageSession browser = PageSession.anonymous(baseUrl());
        browser.get("/login");
        PageSession.Page login = browser.post("/login", "username", user.email(), "password", user.password(),
                "remember-me", "on");
        String setCookie = cookieHeader(login, "remember-me");
        assertThat(setCookie).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
        String cookie = cookieValue(setCookie);

        HttpResponse<String> remembered = withCookie("/accounts", "remember-me=" + cookie);
        assertThat(remembered.statusCode()).as("the cookie alone signs in").isEqualTo(200);
        String rotated = cookieValue(remembered.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("remember-me=")).findFirst().orElseThrow());

        browser.get("/");
        assertThat(browser.post("/logout").location()).endsWith("/login?logout");

        assertThat(withCookie("/accounts", "remember-me=" + rotated).statusCode()).isEqualTo(302);
        assertThat(withCookie("/accounts", "remember-me=" + cookie).statusCode()).isEqualTo(302);
    }

    @Test
    void aPasswordChangeSignsEveryOtherBrowserOutAndKeepsThisOne() throws Exception {
        TestUser user = newUser("MEMBER");
        PageSession here = PageSession.signedInThroughTheForm(baseUrl(), user.email(), user.password());
        PageSession elsewhere = PageSession.anonymous(baseUrl());
        elsewhere.get("/login");
        String elsewhereCookie = cookieValue(cookieHeader(elsewhere.post("/login", "username", user.email(),
                "password", user.password(), "remember-me", "on"), "remember-me"));
        assertThat(elsewhere.get("/accounts").status()).isEqualTo(200);

        here.get("/me/password");
        String newPassword = "a-new-password-" + unique("");
        PageSession.Page changed = here.post("/me/password", "currentPassword", user.password(),
                "newPassword", newPassword, "repeat", newPassword);
        assertThat(changed.location()).endsWith("/me/password");

        assertThat(here.get("/accounts").status()).as("this browser stays signed in").isEqualTo(200);
        assertThat(elsewhere.get("/accounts").status()).as("the other session ended").isEqualTo(302);
        assertThat(withCookie("/accounts", "remember-me=" + elsewhereCookie).statusCode())
                .as("its remember-me cookie too").isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from persistent_logins where lower(username) = :e")
                .param("e", user.email().toLowerCase()).query(Long.class).single()).isZero();
    }

    @Test
    void anAdministratorsPasswordResetEndsTheUsersSessions() {
        TestUser user = newUser("MEMBER");
        PageSession browser = PageSession.signedInThroughTheForm(baseUrl(), user.email(), user.password());
        assertThat(browser.get("/accounts").status()).isEqualTo(200);

        long version = admin().get("/api/v1/users/" + user.id()).version();
        assertThat(admin().patch("/api/v1/users/" + user.id(), json("password", "reset-by-admin-" + unique(""),
                "version", version)).status()).isEqualTo(200);

        assertThat(browser.get("/accounts").status()).isEqualTo(302);
    }

    @Test
    void overHttpsAtATrustedProxyCookiesAreSecureAndHstsIsSent() throws Exception {
        Map<String, String> https = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", randomAddress());
        HttpResponse<String> login = raw("/login", https);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                v -> assertThat(v).contains("max-age="));
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));

        HttpResponse<String> plain = raw("/login", Map.of());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
    }

    // --- 10. forwarded headers only from trusted proxies ---

    @Test
    void forwardedHeadersFromAnUntrustedAddressAreIgnored() throws IOException {
        Map<String, String> evil = Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https",
                "X-Forwarded-Port", "443");
        RawResponse untrusted = rawFrom("127.0.0.2", "/accounts", evil);   // not in prism.trusted-proxies
        assertThat(untrusted.status()).isEqualTo(302);
        assertThat(untrusted.header("location")).doesNotContain("evil.example")
                .isEqualTo("http://localhost:" + port + "/login");
        assertThat(untrusted.header("strict-transport-security")).isNull();

        RawResponse trusted = rawFrom("127.0.0.1", "/accounts", Map.of("X-Forwarded-Host", "prism.example",
                "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443"));
        assertThat(trusted.status()).isEqualTo(302);
        assertThat(trusted.header("location")).isEqualTo("https://prism.example/login");
    }

    @Test
    void anUntrustedClientCannotPickItsAddressToEscapeThrottling() throws IOException {
        identityClock.use(clock);
        TestUser user = newUser("MEMBER");
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((user.email() + ":wrong-password-1")
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= 5; i++) {
            assertThat(rawFrom("127.0.0.2", "/api/v1/accounts", Map.of("Authorization", basic,
                    "X-Forwarded-For", randomAddress())).status()).isEqualTo(401);
        }
        assertThat(rawFrom("127.0.0.2", "/api/v1/accounts", Map.of("Authorization", basic,
                "X-Forwarded-For", randomAddress())).status()).isEqualTo(429);
        // the account counter says so too, but the address one proves the header was ignored: 10 more accounts
        for (int i = 1; i <= 5; i++) {
            String other = "Basic " + java.util.Base64.getEncoder().encodeToString(("nobody-" + unique("")
                    + "@test.local:guess").getBytes(StandardCharsets.UTF_8));
            assertThat(rawFrom("127.0.0.2", "/api/v1/accounts", Map.of("Authorization", other,
                    "X-Forwarded-For", randomAddress())).status()).isEqualTo(401);
        }
        String eleventh = "Basic " + java.util.Base64.getEncoder().encodeToString(("nobody-" + unique("")
                + "@test.local:guess").getBytes(StandardCharsets.UTF_8));
        assertThat(rawFrom("127.0.0.2", "/api/v1/accounts", Map.of("Authorization", eleventh,
                "X-Forwarded-For", randomAddress())).status()).as("127.0.0.2 failed 10 times").isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        String right = "Basic " + java.util.Base64.getEncoder().encodeToString((user.email() + ":" + user.password())
                .getBytes(StandardCharsets.UTF_8));
        clock.advance(Duration.ofSeconds(1));
        assertThat(rawFrom("127.0.0.2", "/api/v1/accounts", Map.of("Authorization", right)).status()).isEqualTo(200);
    }

    // --- 11. HTTP Basic without a bcrypt per request ---

    @Test
    void aRepeatedBasicRequestDoesNotCheckThePasswordHashAgain() {
        identityClock.use(clock);
        CountedPasswordEncoder encoder = (CountedPasswordEncoder) passwordEncoder;
        TestUser user = newUser("MEMBER");

        long before = encoder.checks();
        assertThat(user.api().get("/api/v1/accounts").status()).isEqualTo(200);
        assertThat(encoder.checks() - before).as("first request: one bcrypt").isEqualTo(1);
        for (int i = 0; i < 5; i++) assertThat(user.api().get("/api/v1/accounts").status()).isEqualTo(200);
        assertThat(encoder.checks() - before).as("then none").isEqualTo(1);
        assertThat(as(user.email(), user.password() + "x").get("/api/v1/accounts").status()).isEqualTo(401);
        assertThat(encoder.checks() - before).as("another password is checked").isEqualTo(2);

        clock.advance(Duration.ofMinutes(5));
        assertThat(user.api().get("/api/v1/accounts").status()).isEqualTo(200);
        assertThat(encoder.checks() - before).as("after five minutes, checked again").isEqualTo(3);

        long version = admin().get("/api/v1/users/" + user.id()).version();
        String newPassword = "changed-by-admin-" + unique("");
        admin().patch("/api/v1/users/" + user.id(), json("password", newPassword, "version", version));
        assertThat(user.api().get("/api/v1/accounts").status()).as("the old password is gone at once").isEqualTo(401);
        assertThat(as(user.email(), newPassword).get("/api/v1/accounts").status()).isEqualTo(200);

        assertThat(admin().delete("/api/v1/users/" + user.id()).status()).isEqualTo(204);
        assertThat(as(user.email(), newPassword).get("/api/v1/accounts").status()).as("deactivated").isEqualTo(401);
    }

    @Test
    void basicRequestsPerSecondWithAndWithoutRememberedCredentials() {
        identityClock.use(clock);
        TestUser user = newUser("MEMBER");
        user.api().get("/api/v1/users/" + user.id());
        int n = 20;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            clock.advance(Duration.ofMinutes(5));                  // the remembered pair expires: bcrypt every time
            assertThat(user.api().get("/api/v1/accounts?size=1").status()).isEqualTo(200);
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) assertThat(user.api().get("/api/v1/accounts?size=1").status()).isEqualTo(200);
        long t2 = System.nanoTime();
        double bcryptEach = n / ((t1 - t0) / 1e9);
        double remembered = n / ((t2 - t1) / 1e9);
        System.out.printf("HTTP Basic, one client: %.1f requests/s with a bcrypt each, %.1f remembered%n",
                bcryptEach, remembered);
        assertThat(remembered).isGreaterThan(bcryptEach);
    }

    // --- 12. token last use ---

    @Test
    void aTokensLastUseIsWrittenAtMostOnceAMinute() {
        identityClock.use(clock);
        TestUser user = newUser("MEMBER");
        Api token = newToken(user, "integration");

        assertThat(token.get("/api/v1/accounts").status()).isEqualTo(200);
        OffsetDateTime first = lastUsed(user.id());
        assertThat(first).isNotNull();

        clock.advance(Duration.ofSeconds(59));
        assertThat(token.get("/api/v1/accounts").status()).isEqualTo(200);
        assertThat(lastUsed(user.id())).as("59 s later: not written").isEqualTo(first);

        clock.advance(Duration.ofSeconds(1));
        assertThat(token.get("/api/v1/accounts").status()).isEqualTo(200);
        assertThat(lastUsed(user.id())).as("a minute later: written").isAfter(first.plusSeconds(59));
    }

    /** The token's user is read with the token on every request: a new role counts at once, a deactivation ends it. */
    @Test
    void aTokenActsAsItsUserIsNowAndStopsWhenTheUserIsDeactivated() {
        TestUser user = newUser("MEMBER");
        Api token = newToken(user, "role and deactivation");
        admin().createAccount("Token role ");
        assertThat(token.get("/api/v1/accounts").json().path("total").asLong()).as("a member on no team").isZero();

        assertThat(admin().patch("/api/v1/users/" + user.id(), json("role", "MANAGER")).status()).isEqualTo(200);
        assertThat(token.get("/api/v1/accounts").json().path("total").asLong()).as("a manager sees every account")
                .isPositive();

        assertThat(admin().patch("/api/v1/users/" + user.id(), json("active", false)).status()).isEqualTo(200);
        assertThat(token.get("/api/v1/accounts").status()).as("deactivated").isEqualTo(401);
    }

    // --- helpers ---

    /** A personal API token made on the user's token page, as the user would make it. */
    private Api newToken(TestUser user, String name) {
        PageSession pages = new PageSession(baseUrl(), user.email(), user.password());
        pages.get("/me/tokens");
        pages.post("/me/tokens", "name", name);
        Matcher m = Pattern.compile("id=\"new-token\">(prism_[A-Za-z0-9_-]+)<").matcher(pages.get("/me/tokens").body());
        assertThat(m.find()).isTrue();
        return bearer(m.group(1));
    }

    private OffsetDateTime lastUsed(long userId) {
        return jdbc.sql("select last_used_at from api_token where user_id = :u").param("u", userId)
                .query(OffsetDateTime.class).single();
    }

    /** An X-Forwarded-For of a client address no other test uses (the test runs from a trusted loopback proxy). */
    private static Map<String, String> fromAddress() {
        return Map.of("X-Forwarded-For", randomAddress());
    }

    private static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    private static String cookieHeader(PageSession.Page page, String name) {
        return page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + page.headers()));
    }

    private static String cookieValue(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    private HttpResponse<String> withCookie(String path, String cookie) throws Exception {
        return raw(path, Map.of("Cookie", cookie));
    }

    private HttpResponse<String> raw(String path, Map<String, String> headers) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET()
                .header("Accept", "text/html").timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        try {
            return RAW.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record RawResponse(int status, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name);
        }
    }

    /** A GET over a socket bound to a local source address (any 127.x is loopback on Linux; only 127.0.0.1 is trusted). */
    private RawResponse rawFrom(String sourceAddress, String path, Map<String, String> headers) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(sourceAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nAccept: " + (path.startsWith("/api/") ? "application/json" : "text/html")
                    + "\r\nConnection: close\r\n");
            headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            String status = in.readLine();
            Map<String, String> responseHeaders = new LinkedHashMap<>();
            for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
                int colon = line.indexOf(':');
                responseHeaders.putIfAbsent(line.substring(0, colon).strip().toLowerCase(), line.substring(colon + 1).strip());
            }
            return new RawResponse(Integer.parseInt(status.split(" ")[1]), responseHeaders);
        }
    }

    /** The system clock plus an offset the test moves forward. */
    static final class OffsetClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void advance(Duration d) {
            offset = offset.plus(d);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
