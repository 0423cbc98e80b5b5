package app.prism.web;

import java.util.List;

/** Bad input, with the fields at fault; nothing was changed. */
public class Invalid extends RuntimeException {

    public record FieldProblem(String field, String message) {}

    private final List<FieldProblem> errors;

    public Invalid(List<FieldProblem> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static Invalid field(String field, String message) {
        return new Invalid(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
