package app.prism.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The optional filters of a list query: each given value adds one bound condition, an absent one adds nothing. */
public final class SqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params;

    public SqlConditions(Map<String, Object> params) {
        this.params = params;
    }

    public SqlConditions add(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    /** Accounts the caller may see: null means every account, an empty list none at all. */
    public SqlConditions accountsIn(java.util.Collection<Long> accountIds) {
        return add("account_id in (:ids)", "ids", accountIds == null ? null : accountIds.isEmpty() ? List.of(-1L) : accountIds);
    }

    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
