package app.prism.digest;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.PrismApplication;
import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestDatabase;
import app.prism.support.TestUser;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The weekly digest end to end: composed from the recipient's accounts, mailed through a real SMTP server (GreenMail,
 * in process), kept in the inbox, retried after a failed send without a second mail, and run once by two instances.
 */
class DigestIT extends IntegrationTest {

    static final int SMTP_PORT = 3925 + (int) (ProcessHandle.current().pid() % 500);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("prism.mail.from", () -> "prism@test.local");
        registry.add("prism.base-url", () -> "https://prism.test.local");
    }

    @Autowired
    DigestService digests;

    private Api admin;
    private TestUser manager;
    private String contactName;

    @BeforeEach
    void anAccountWithAGapOnTheManagersTeam() {
        admin = admin();
        manager = newUser("MANAGER");
        long account = admin.createAccount("Digest ");
        admin.put("/api/v1/accounts/" + account + "/team", "[" + Api.json("userId", manager.id(), "role",
                "ACCOUNT_MANAGER") + "]");
        long unit = admin.createUnit(account, "Plant", "SITE", null);
        contactName = Api.unique("Dora Digest ");
        admin.createContact(unit, contactName);
        Api.Response p = admin.post("/api/v1/products", Api.json("code", Api.unique("DG-"), "name",
                Api.unique("Digest Widget ")));
        assertThat(p.status()).isEqualTo(201);
    }

    private List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void theDigestIsMailedOnceAndKeptInTheInbox() throws Exception {
        Instant week = Instant.parse("2031-03-12T09:00:00Z");      // a Wednesday, after Monday 06:00: due

        DigestService.RunResult first = digests.run(week, false);
        assertThat(first.period()).isEqualTo("2031-W11");
        assertThat(first.due()).isTrue();

        List<MimeMessage> received = mailsTo(manager.email());
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).contains("need you this week").contains("2031, week 11");
        assertThat(message.getFrom()[0].toString()).isEqualTo("prism@test.local");
        String text = plainText(message);
        assertThat(text).startsWith("Hello Manager").contains(contactName)
                .contains("has not heard about").contains("https://prism.test.local/accounts/");

        JsonNode inbox = manager.api().get("/api/v1/me/digests").json();
        JsonNode digest = inbox.values().stream().filter(d -> d.path("period").asString().equals("2031-W11"))
                .findFirst().orElseThrow();
        assertThat(digest.path("status").asString()).isEqualTo("SENT");
        assertThat(digest.path("sections").get(0).path("title").asString()).isEqualTo("Who has not heard about what");

        DigestService.RunResult again = digests.run(week.plusSeconds(3600), false);
        assertThat(again.composed()).isZero();
        assertThat(mailsTo(manager.email())).hasSize(1);
    }

    @Test
    void overdueTasksAndNewRisksAreInTheDigest() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        long myAccount = manager.api().get("/api/v1/accounts?mine=true").json().path("items").get(0).path("id").asLong();
        String title = Api.unique("Send the quote ");
        Api.Response task = manager.api().post("/api/v1/tasks", Api.json("accountId", myAccount, "title", title,
                "dueOn", today.minusDays(15).toString()));
        assertThat(task.status()).as(task.toString()).isEqualTo(201);
        // the last touchpoint with the plant's contact was 185 days ago: a week ago that was 178 days, not yet quiet
        long contact = manager.api().get("/api/v1/accounts/" + myAccount + "/units").json().get(0).path("id").asLong();
        long dora = admin.get("/api/v1/units/" + contact + "/contacts").json().path("items").get(0).path("id").asLong();
        long product = admin.get("/api/v1/products?size=1").json().path("items").get(0).path("id").asLong();
        Api.Response touch = admin.post("/api/v1/touchpoints", Api.json("contactIds", java.util.List.of(dora),
                "productIds", java.util.List.of(product), "date", today.minusDays(185).toString(), "channel", "CALL"));
        assertThat(touch.status()).as(touch.toString()).isEqualTo(201);

        digests.run(Instant.now(), true);

        String text = plainText(mailsTo(manager.email()).get(0));
        assertThat(text).contains("Overdue work").contains(title).contains("15 days late");
        assertThat(text).contains("New relationship risks").contains("Plant: gone quiet");
        // dates as the reader's locale writes them (outside a request: the server's), not ISO
        var medium = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.getDefault());
        assertThat(text).contains("due " + today.minusDays(15).format(medium))
                .contains("since " + today.minusDays(185).format(medium))
                .doesNotContain("due " + today.minusDays(15)).doesNotContain("since " + today.minusDays(185));
    }

    @Test
    void beforeTheScheduledMomentNothingIsComposed() {
        DigestService.RunResult r = digests.run(Instant.parse("2031-04-07T05:59:00Z"), false);  // Monday 05:59

        assertThat(r.due()).isFalse();
        assertThat(r.composed()).isZero();
        assertThat(digests.run(Instant.parse("2031-04-07T06:00:00Z"), false).due()).isTrue();
    }

    @Test
    void aUserWhoOptedOutGetsNoMailButKeepsTheDigestInTheInbox() {
        assertThat(manager.api().put("/api/v1/me/digest-mail", Api.json("mail", false)).json().path("mail").asBoolean())
                .isFalse();

        digests.run(Instant.parse("2031-05-14T09:00:00Z"), false);

        assertThat(mailsTo(manager.email())).isEmpty();
        JsonNode digest = manager.api().get("/api/v1/me/digests").json().values().stream()
                .filter(d -> d.path("period").asString().equals("2031-W20")).findFirst().orElseThrow();
        assertThat(digest.path("status").asString()).isEqualTo("INBOX");
        assertThat(digest.path("itemCount").asInt()).isPositive();
    }

    @Test
    void aFailedSendIsRetriedOnTheNextRunAndSentOnce() {
        mail.stop();
        DigestService.RunResult failed = digests.run(Instant.parse("2031-06-11T09:00:00Z"), false);
        assertThat(failed.failed()).isPositive();
        JsonNode pending = manager.api().get("/api/v1/me/digests").json().values().stream()
                .filter(d -> d.path("period").asString().equals("2031-W24")).findFirst().orElseThrow();
        assertThat(pending.path("status").asString()).isEqualTo("PENDING");
        assertThat(pending.path("attempts").asInt()).isEqualTo(1);
        assertThat(pending.path("lastError").asString()).isNotBlank();

        mail.start();
        DigestService.RunResult retried = digests.run(Instant.parse("2031-06-11T09:05:00Z"), false);
        assertThat(retried.composed()).isZero();
        assertThat(mailsTo(manager.email())).hasSize(1);
        digests.run(Instant.parse("2031-06-11T09:10:00Z"), false);
        assertThat(mailsTo(manager.email())).hasSize(1);
    }

    @Test
    void twoInstancesOnOneDatabaseRunTheScheduledJobOnce() throws Exception {
        // due every moment of the week: Monday 00:00 UTC
        JsonNode schedule = admin.get("/api/v1/digest/schedule").json();
        assertThat(admin.put("/api/v1/digest/schedule", Api.json("enabled", true, "dayOfWeek", 1, "hourUtc", 0,
                "version", schedule.path("version").asLong())).status()).isEqualTo(200);
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(PrismApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + TestDatabase.url(),
                "--spring.datasource.username=" + TestDatabase.username(),
                "--spring.datasource.password=" + TestDatabase.password(), "--prism.demo.data=false",
                "--prism.digest.tick=-", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP_PORT,
                "--prism.admin.email=" + ADMIN_EMAIL, "--prism.admin.password=" + ADMIN_PASSWORD)) {
            DigestJob one = applicationContext.getBean(DigestJob.class);
            DigestJob two = second.getBean(DigestJob.class);
            int before = one.runs() + two.runs();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<?> a = pool.submit(() -> await(start, one::tick));
            Future<?> b = pool.submit(() -> await(start, two::tick));
            start.countDown();
            a.get(60, TimeUnit.SECONDS);
            b.get(60, TimeUnit.SECONDS);
            pool.shutdown();

            assertThat(one.runs() + two.runs() - before).as("runs of the job across both instances").isEqualTo(1);
            assertThat(mailsTo(manager.email())).hasSize(1);
        }
    }

    @Test
    void onlyAdministratorsChangeTheScheduleOrRunTheDigestAndBadInputIsRefused() {
        long version = admin.get("/api/v1/digest/schedule").json().path("version").asLong();
        assertThat(manager.api().put("/api/v1/digest/schedule", Api.json("enabled", true, "dayOfWeek", 2, "hourUtc", 7,
                "version", version)).status()).isEqualTo(403);
        assertThat(manager.api().post("/api/v1/digest/run", "{}").status()).isEqualTo(403);
        Api.Response bad = admin.put("/api/v1/digest/schedule", Api.json("enabled", true, "dayOfWeek", 8, "hourUtc", 24,
                "version", version));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("dayOfWeek", "hourUtc");
        Api.Response stale = admin.put("/api/v1/digest/schedule", Api.json("enabled", true, "dayOfWeek", 2, "hourUtc", 7,
                "version", -1));
        assertThat(stale.status()).isEqualTo(409);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext applicationContext;

    /** The text/plain part of a multipart mail, decoded. */
    private static String plainText(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) return (String) part.getContent();
        if (part.getContent() instanceof jakarta.mail.Multipart multi) {
            for (int i = 0; i < multi.getCount(); i++) {
                String text = plainText(multi.getBodyPart(i));
                if (text != null) return text;
            }
        }
        return null;
    }

    private static void await(CountDownLatch start, Runnable work) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        work.run();
    }
}
