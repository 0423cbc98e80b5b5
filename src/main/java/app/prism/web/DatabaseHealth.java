package app.prism.web;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The "db" health indicator (in place of Spring Boot's, which waits as long as the pool does): DOWN when the database
 * does not hand out a valid connection within {@code prism.health.db-timeout}, so {@code /actuator/health} and the
 * readiness probe answer quickly while the database is unreachable. One check runs at a time; callers that arrive while
 * it runs wait for that check rather than starting another.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "db-health-check");
        t.setDaemon(true);
        return t;
    });
    private Future<Health> running;

    DatabaseHealth(DataSource dataSource, @Value("${prism.health.db-timeout:1500ms}") Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        Future<Health> check;
        synchronized (this) {
            if (running == null || running.isDone()) running = checker.submit(this::check);
            check = running;
        }
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "no answer from the database within " + timeout.toMillis() + " ms")
                    .build();
        } catch (ExecutionException e) {
            return Health.down().withDetail("error", e.getCause().getClass().getSimpleName() + ": "
                    + e.getCause().getMessage()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    private Health check() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            int seconds = (int) Math.max(1, timeout.toSeconds());
            boolean valid = connection.isValid(seconds);
            // A broken connection used moments ago is handed out again unchecked: the pool must drop it now.
            if (!valid && dataSource.isWrapperFor(HikariDataSource.class)) {
                dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
            }
            Health.Builder health = valid ? Health.up() : Health.down();
            return health.withDetail("database", connection.getMetaData().getDatabaseProductName())
                    .withDetail("validationQuery", "isValid()").build();
        }
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }
}
