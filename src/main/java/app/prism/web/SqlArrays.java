package app.prism.web;

import java.util.Collection;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * One array parameter for {@code column = any(:values)} instead of an {@code in (:values)} list of one bind
 * parameter per value.
 *
 * <p>Why: one statement text whatever the number of values (an {@code in} list makes a new statement, and a new plan,
 * for every list length), and on PostgreSQL a custom plan of it hashes the array instead of comparing each row with
 * every value (see {@code ImportRepository.planForLookups}). H2 takes the same SQL.
 */
public final class SqlArrays {

    private SqlArrays() {}

    /** The values as one {@code bigint} array parameter. */
    public static SqlArrayValue bigints(Collection<Long> values) {
        return new SqlArrayValue("bigint", values.toArray());
    }

    /** The values as one {@code varchar} array parameter. */
    public static SqlArrayValue varchars(Collection<String> values) {
        return new SqlArrayValue("varchar", values.toArray());
    }
}
