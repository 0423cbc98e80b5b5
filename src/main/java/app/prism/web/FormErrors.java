package app.prism.web;

import org.springframework.validation.BindingResult;

/** Puts a service's refusal beside the form fields it concerns, so pages show errors where the user typed. */
public final class FormErrors {

    private FormErrors() {}

    public static void apply(Invalid e, BindingResult result) {
        for (Invalid.FieldProblem p : e.errors()) {
            if (result.getTarget() != null && hasField(result, p.field())) result.rejectValue(p.field(), "invalid", p.message());
            else result.reject("invalid", p.field() + ": " + p.message());
        }
    }

    public static void apply(Conflict e, BindingResult result) {
        result.reject("conflict", e.getMessage());
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            return result.getFieldType(field) != null;
        } catch (RuntimeException ex) {
            return false;
        }
    }

    /** True for requests that htmx made (they get a fragment back instead of a redirect). */
    public static boolean isHtmx(jakarta.servlet.http.HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
