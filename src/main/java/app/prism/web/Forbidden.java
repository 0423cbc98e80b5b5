package app.prism.web;

/** The caller may see the record but lacks the role for this action. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
