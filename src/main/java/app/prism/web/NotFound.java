package app.prism.web;

/** A record that does not exist, or that the caller may not see (both answer 404 so nothing leaks). */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
