package app.prism.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/** Which errors mean "the database cannot be reached" (503) and which are something else (their own answer). */
class DatabaseUnavailableTest {

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("the pool's timeout", new SQLTransientConnectionException("Connection is not available"),
                        true),
                Arguments.of("Spring's no connection", new CannotGetJdbcConnectionException("no connection",
                        new SQLException("refused", "08001")), true),
                Arguments.of("PostgreSQL: connection failure, 08006", new SQLException("I/O error", "08006"), true),
                Arguments.of("PostgreSQL: admin shutdown, 57P01", new SQLException("terminating", "57P01"), true),
                Arguments.of("H2: connection broken, 90067", h2("Connection is broken", 90067), true),
                Arguments.of("H2: database closed at shutdown, 90121", h2("Database is already closed", 90121), true),
                Arguments.of("H2: database closed, 90098", h2("Database is already closed", 90098), true),
                // seen when the socket of a server connection is cut under a statement (DatabaseDownIT on CI)
                Arguments.of("H2: IO exception, 90028, inside a sign-in",
                        new InternalAuthenticationServiceException("IO Exception", new UncategorizedSQLException(
                                "select user", "select", h2("IO Exception", 90028))), true),
                Arguments.of("H2: IO exception, 90031", h2("IO Exception", 90031), true),
                Arguments.of("any driver: a socket error under an SQL error",
                        new SQLException("failed", "XX000", new SocketException("Connection reset")), true),
                Arguments.of("any driver: end of stream under an SQL error",
                        new SQLException("failed", null, new EOFException()), true),
                Arguments.of("a wrong password is not an outage", new InternalAuthenticationServiceException("bad"),
                        false),
                Arguments.of("a unique key", new DataIntegrityViolationException("duplicate",
                        new SQLException("duplicate key", "23505")), false),
                Arguments.of("H2: a unique key, 23505", h2("Unique index or primary key violation", 23505, "23505"),
                        false),
                Arguments.of("a lock timeout", new CannotAcquireLockException("lock", h2("Timeout", 50200, "HYT00")),
                        false),
                Arguments.of("a plain bug", new IllegalStateException("bug"), false),
                Arguments.of("a socket error outside any SQL error", new RuntimeException(new SocketException("x")),
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void classifies(String name, Throwable error, boolean unavailable) {
        assertThat(DatabaseUnavailable.isCauseOf(error)).as(name).isEqualTo(unavailable);
    }

    private static SQLException h2(String message, int code) {
        return h2(message, code, Integer.toString(code));
    }

    private static SQLException h2(String message, int code, String state) {
        return new SQLNonTransientException(message, state, code);
    }
}
