package app.prism.tasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The optional filters of a list query: each given value adds one bound condition, an absent one adds nothing. */
final class Conditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params;

    Conditions(Map<String, Object> params) {
        this.params = params;
    }

    Conditions add(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    Conditions addIf(boolean when, String condition) {
        if (when) conditions.add(condition);
        return this;
    }

    /** Accounts the caller may see: null means every account, an empty list none at all. */
    Conditions accountsIn(Collection<Long> accountIds) {
        return add("account_id in (:ids)", "ids",
                accountIds == null ? null : accountIds.isEmpty() ? List.of(-1L) : accountIds);
    }

    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
