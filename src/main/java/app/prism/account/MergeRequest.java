package app.prism.account;

import app.prism.web.Invalid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * POST /api/v1/{contacts|accounts|units}/{id}/merge: the record to merge into this one (it is deleted), the fields
 * this one takes from it (the others keep this record's values) and, optionally, this record's version as last read.
 */
public record MergeRequest(Long otherId, List<String> take, Long version) {

    /** The other record's id: given, and not the survivor itself. */
    public long requireOther(long survivorId, String what) {
        if (otherId == null) throw Invalid.field("otherId", "must not be null");
        if (otherId == survivorId) throw Invalid.field("otherId", "cannot merge a " + what + " with itself");
        return otherId;
    }

    /** The fields to take, in the order of {@code known}; any other name is refused, naming it. */
    public Set<String> taken(List<String> known) {
        List<String> asked = take == null ? List.of() : take;
        List<Invalid.FieldProblem> problems = new java.util.ArrayList<>();
        for (String field : asked) {
            if (field == null || !known.contains(field)) {
                problems.add(new Invalid.FieldProblem("take", "unknown field '" + field + "': one of " + known));
            }
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        Set<String> out = new LinkedHashSet<>();
        for (String field : known) if (asked.contains(field)) out.add(field);
        return out;
    }

    /** The same request expecting this version of the survivor (from the body or an If-Match header). */
    public MergeRequest withVersion(Long expectedVersion) {
        return new MergeRequest(otherId, take, expectedVersion);
    }

    /** "email, title", or "none". */
    public static String describe(Set<String> taken) {
        return taken.isEmpty() ? "none" : String.join(", ", taken);
    }
}
