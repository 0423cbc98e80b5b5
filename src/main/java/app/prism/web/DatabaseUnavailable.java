package app.prism.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Prism cannot reach its database: no connection within the pool's timeout, or a connection that broke. Thrown in place
 * of an error that would otherwise read as something else (a sign-in that failed for want of the database is not a
 * wrong password); {@link DatabaseUnavailableFilter} answers it with 503 and {@code Retry-After}.
 */
public class DatabaseUnavailable extends RuntimeException {

    /**
     * H2's error codes for a database it cannot talk to: 90028 and 90031 (an I/O error, the socket of a server
     * connection cut under a query), 90067 (connection broken), 90098 (database closed), 90121 (database closed at
     * shutdown). Not SQL state class 08, yet the same outage.
     */
    private static final Set<Integer> H2_CONNECTION_CODES = Set.of(90028, 90031, 90067, 90098, 90121);

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
            if (t instanceof SQLException sql && isConnectionFailure(sql)) return true;
        }
        return false;
    }

    /**
     * SQL state class 08 (connection exception), 57P01..03 (the server shut down or is starting), one of H2's
     * connection codes, or an SQL error over a broken socket.
     */
    private static boolean isConnectionFailure(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && (state.startsWith("08") || state.matches("57P0[123]"))
                || H2_CONNECTION_CODES.contains(sql.getErrorCode()) || sql.getCause() instanceof IOException;
    }

    /** Throws {@link DatabaseUnavailable} when that is what the error is about; otherwise returns. */
    public static void rethrowIfCauseOf(Throwable error) {
        if (isCauseOf(error)) throw error instanceof DatabaseUnavailable d ? d : new DatabaseUnavailable(error);
    }
}
