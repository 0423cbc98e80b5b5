package app.prism.web;

import java.util.ArrayList;
import java.util.List;

/** A page request as the API and pages take it: 0-based page, size 1..500 (default 50), an optional name filter. */
public record PageQuery(int page, int size, String q) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static PageQuery of(Integer page, Integer size, String q) {
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) problems.add(new Invalid.FieldProblem("page", "must be 0 or more"));
        if (s < 1 || s > MAX_SIZE) problems.add(new Invalid.FieldProblem("size", "must be between 1 and " + MAX_SIZE));
        if (!problems.isEmpty()) throw new Invalid(problems);
        String filter = q == null || q.isBlank() ? null : q.strip();
        return new PageQuery(p, s, filter);
    }

    public long offset() {
        return (long) page * size;
    }

    /**
     * The global search's two LIKE patterns: the filter at the start of the text, or at the start of a later word
     * ("mes" finds "Mester" and "Anna Mesner", not "James"). Lower case, the user's own wildcards taken literally.
     */
    public String wordStartPattern() {
        return q == null ? "%" : escaped() + "%";
    }

    public String laterWordStartPattern() {
        return q == null ? "%" : "% " + escaped() + "%";
    }

    /** The filter itself, lower case, for an exact match (an external id). */
    public String exactKey() {
        return q == null ? "" : q.toLowerCase();
    }

    private String escaped() {
        return q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The filter as a case-insensitive SQL LIKE pattern, with the user's own wildcards taken literally. */
    public String likePattern() {
        if (q == null) return "%";
        String escaped = q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
