package app.prism.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON merge-style PATCH: the typed, validated values plus which fields the client named, so that "absent" keeps a
 * value and an explicit {@code null} clears it.
 */
public final class Patch<T> {

    private final T value;
    private final Set<String> present;

    private Patch(T value, Set<String> present) {
        this.value = value;
        this.present = present;
    }

    public static <T> Patch<T> read(JsonNode body, Class<T> type, JsonMapper mapper, Validator validator) {
        if (body == null || !body.isObject()) throw Invalid.field("body", "must be a JSON object");
        T value = mapper.treeToValue(body, type);
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new Invalid(violations.stream()
                    .map(v -> new Invalid.FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted((a, b) -> a.field().compareTo(b.field())).toList());
        }
        Set<String> names = new HashSet<>(body.propertyNames());
        return new Patch<>(value, names);
    }

    public static <T> Patch<T> of(T value, Set<String> present) {
        return new Patch<>(value, Set.copyOf(present));
    }

    public T value() {
        return value;
    }

    public boolean has(String field) {
        return present.contains(field);
    }

    /** A field that, when named, may not be cleared or blank. */
    public void requireNotBlank(String field, String text, List<Invalid.FieldProblem> problems) {
        if (has(field) && (text == null || text.isBlank())) problems.add(new Invalid.FieldProblem(field, "must not be blank"));
    }

    /**
     * The expected version, which a change must name: the body's {@code version} or an {@code If-Match} header (null
     * only for {@code If-Match: *}, which RFC 9110 lets match any current version). Neither given: 428
     * ({@link PreconditionRequired}); both given and different: 400.
     */
    public static Long expectedVersion(Long bodyVersion, String ifMatch) {
        if (bodyVersion == null && (ifMatch == null || ifMatch.isBlank())) throw PreconditionRequired.versionNeeded();
        return versionIfGiven(bodyVersion, ifMatch);
    }

    /**
     * The expected version when the client may leave it out (a PUT that creates what does not exist yet); null when it
     * gave none or sent {@code If-Match: *}; 400 when body and header disagree.
     */
    public static Long versionIfGiven(Long bodyVersion, String ifMatch) {
        Long header = ifMatchVersion(ifMatch);
        if (bodyVersion != null && header != null && !bodyVersion.equals(header)) {
            throw Invalid.field("version", "is " + bodyVersion + " but If-Match names version " + header
                    + "; send one of them, or the same version in both");
        }
        return bodyVersion != null ? bodyVersion : header;
    }

    private static Long ifMatchVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) return null;
        String tag = ifMatch.strip().replace("W/", "").replace("\"", "");
        if (tag.equals("*")) return null; // RFC 9110: "*" matches any current version
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw Invalid.field("If-Match", "must be the version number from the ETag");
        }
    }
}
