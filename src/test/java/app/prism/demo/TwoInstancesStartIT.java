package app.prism.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.PrismApplication;
import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances started at the same moment on one empty database, both with demo data: the start-up work that must
 * happen once (the first administrator, the demo installation) takes the start-up lock, so both instances start and
 * the database holds one administrator and one demo installation.
 */
class TwoInstancesStartIT extends IntegrationTest {

    @Test
    void twoInstancesStartingTogetherOnAnEmptyDatabaseBothStartWithOneAdministratorAndTheDemoDataOnce()
            throws Exception {
        String url = TestDatabase.newDatabase("two_starts_" + Long.toHexString(System.nanoTime()));
        String[] args = {"--server.port=0", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + TestDatabase.username(),
                "--spring.datasource.password=" + TestDatabase.password(), "--prism.demo.data=true",
                "--prism.digest.tick=-", "--prism.scoring.snapshot-tick=-", "--prism.admin.email=" + ADMIN_EMAIL,
                "--prism.admin.password=" + ADMIN_PASSWORD, "--spring.jmx.enabled=false"};
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            starts.add(pool.submit(() -> {
                go.await();
                return new SpringApplicationBuilder(PrismApplication.class).run(args);
            }));
        }
        go.countDown();
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        List<Throwable> failed = new ArrayList<>();
        for (Future<ConfigurableApplicationContext> start : starts) {
            try {
                started.add(start.get(300, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                failed.add(e.getCause());
            }
        }
        pool.shutdown();
        try {
            assertThat(failed).as("instances that did not start").isEmpty();
            for (ConfigurableApplicationContext instance : started) {
                String port = instance.getEnvironment().getProperty("local.server.port");
                Api.Response accounts = Api.as("http://localhost:" + port, ADMIN_EMAIL, ADMIN_PASSWORD)
                        .get("/api/v1/accounts");
                assertThat(accounts.status()).as("instance on port " + port + ": " + accounts).isEqualTo(200);
            }
            JdbcClient db = JdbcClient.create(new DriverManagerDataSource(url, TestDatabase.username(),
                    TestDatabase.password()));
            assertThat(count(db, "select count(*) from app_user where role = 'ADMIN' and email = '" + ADMIN_EMAIL + "'"))
                    .as("first administrators").isEqualTo(1);
            assertThat(count(db, "select count(*) from app_user")).as("users: the administrator and the colleagues")
                    .isEqualTo(1 + DemoColleagues.all().size());
            assertThat(count(db, "select count(*) from account")).as("demo accounts")
                    .isEqualTo(DemoCustomers.all().size());
            assertThat(count(db, "select count(*) from product")).as("demo products")
                    .isEqualTo(DemoPortfolio.products().size());
        } finally {
            started.forEach(ConfigurableApplicationContext::close);
        }
    }

    private static long count(JdbcClient db, String sql) {
        return db.sql(sql).query(Long.class).single();
    }
}
