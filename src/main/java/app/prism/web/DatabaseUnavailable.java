package app.prism.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Prism cannot reach its database: no connection within the pool's timeout, or a connection that broke. Thrown in place
 * of an error that would otherwise read as something else (a sign-in that failed for want of the database is not a
 * wrong password); {@link DatabaseUnavailableFilter} answers it with 503 and {@code Retry-After}.
 */
public class DatabaseUnavailable extends RuntimeException {

    public DatabaseUnavailable(Throwable cause) {
        super("Prism cannot reach its database: " + cause.getMessage(), cause);
    }

    /** Whether the error, or one of its causes, says that the database cannot be reached. */
    public static boolean isCauseOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseUnavailable || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // SQL state class 08: connection exception; 57P01..03: the server shut down or is starting
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    /** Throws {@link DatabaseUnavailable} when that is what the error is about; otherwise returns. */
    public static void rethrowIfCauseOf(Throwable error) {
        if (isCauseOf(error)) throw error instanceof DatabaseUnavailable d ? d : new DatabaseUnavailable(error);
    }
}
