package app.prism.web;

/** A write that clashes with what is stored: a duplicate, a stale version, a record still in use. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
